import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBServerHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;

/**
 * Runs DynamoDB Local's own request handlers on a Jetty server bound to 127.0.0.1 only.
 *
 * <p>DynamoDB Local's ServerRunner builds a Jetty Server(port), which listens on every interface and has no
 * bind-address option; the product requires local services on loopback. This class assembles the same
 * handlers ServerRunner.createServer does, but gives Jetty a connector with host 127.0.0.1. Telemetry is never
 * set up (as with -disableTelemetry) because DynamoDBProxyServer, which sends it, is not used.
 *
 * <p>Usage (classpath: DynamoDBLocal.jar, whose manifest lists DynamoDBLocal_lib, plus this class):
 * LoopbackDynamoDbLocal -port N (-inMemory | -dbPath DIR) [-sharedDb]
 */
public final class LoopbackDynamoDbLocal {
  private static final String HOST = "127.0.0.1";

  private LoopbackDynamoDbLocal() {}

  public static void main(String[] args) throws Exception {
    // The same quieting ServerRunner does in its static initialiser, before Jetty reads the properties.
    System.setProperty("org.eclipse.jetty.util.log.announce", "false");
    System.setProperty("org.eclipse.jetty.LEVEL", "WARN");
    Logger.getLogger("com.almworks.sqlite4java").setLevel(Level.WARNING);

    int port = -1;
    boolean inMemory = false;
    boolean sharedDb = false;
    String dbPath = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "-port" -> port = Integer.parseInt(value(args, ++i, "-port"));
        case "-inMemory" -> inMemory = true;
        case "-dbPath" -> dbPath = value(args, ++i, "-dbPath");
        case "-sharedDb" -> sharedDb = true;
        default -> fail("Unknown option " + args[i]);
      }
    }
    if (port < 0 || port > 65535) fail("-port <0..65535> is required");
    if (inMemory == (dbPath != null)) fail("Give exactly one of -inMemory and -dbPath <dir>");

    // Arguments in the order ServerRunner.createServer passes them; the leading 0 and the trailing false
    // (delayTransientStatuses) are its values when no such option is given.
    LocalDynamoDBRequestHandler requests = new LocalDynamoDBRequestHandler(0, inMemory, dbPath, sharedDb, false);
    // null CORS allow-list: what ServerRunner passes when -cors is absent.
    LocalDynamoDBServerHandler http = new LocalDynamoDBServerHandler(requests, null);

    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(HOST);
    connector.setPort(port);
    server.addConnector(connector);
    // The handler tree DynamoDBProxyServer.setUpHandler builds.
    ContextHandler context = new ContextHandler();
    context.setHandler(http);
    ContextHandlerCollection contexts = new ContextHandlerCollection();
    contexts.addHandler(context);
    server.setHandler(contexts);

    try {
      server.start();
    } catch (Exception error) {
      // The wording matches DynamoDB Local's own, so callers recognise "Address already in use" either way.
      System.err.println("Could not start server on " + HOST + ":" + port + ": " + causes(error));
      server.stop();
      http.close();
      System.exit(1);
    }
    // SIGTERM runs shutdown hooks: close the databases as DynamoDBProxyServer.stop() does.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.stop();
                  } catch (Exception ignored) {
                    // Exiting anyway; nothing useful to do with it.
                  }
                  http.close();
                }));
    System.out.println("DynamoDB Local listening on " + HOST + ":" + connector.getLocalPort());
    server.join();
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) fail(option + " needs a value");
    return args[index];
  }

  private static String causes(Throwable error) {
    StringBuilder text = new StringBuilder(String.valueOf(error));
    for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
      text.append(" <- ").append(cause);
    }
    return text.toString();
  }

  private static void fail(String message) {
    System.err.println("LoopbackDynamoDbLocal: " + message);
    System.exit(2);
  }
}
