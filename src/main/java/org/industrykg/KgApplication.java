package org.industrykg;

import java.util.Map;

import org.industrykg.job.CommandRunner;
import org.industrykg.job.KgCommand;
import org.industrykg.system.KgProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point of {@code ./kg}: picocli parses the command line ({@link KgCommand}), then Spring
 * Boot starts for the command, with the web server only for the commands that serve HTTP.
 */
@SpringBootApplication
@EnableConfigurationProperties(KgProperties.class)
public class KgApplication {

    public static void main(String[] args) {
        SpringLauncher launcher = new SpringLauncher();
        int status = KgCommand.commandLine(launcher).execute(args);
        if (!launcher.serving) {
            System.exit(status);
        }
    }

    /**
     * The application for one command. A command that serves HTTP gets the web server and every bean at
     * start; the others (extract, remove, export, ...) get no web server and no actuator endpoints, and
     * their beans are made when first used, so that a command builds only what it needs: an extraction
     * whose files are all unchanged never builds the extractor (its place and rule data), nor the web
     * layer, nor (when the store is as the last run left it) the database.
     */
    static SpringApplication application(KgCommand.AppCommand command) {
        SpringApplication app = new SpringApplication(KgApplication.class);
        app.setWebApplicationType(command.webServer() ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        if (!command.webServer()) {
            app.setLazyInitialization(true);
            // Health is for a server's operator; its registry would make every health contributor, and so start the database.
            app.setDefaultProperties(Map.of("management.endpoints.access.default", "none"));
        }
        return app;
    }

    /** Starts Spring for one command and runs it; a server that started stays up after main returns. */
    static final class SpringLauncher implements KgCommand.Launcher {

        private boolean serving;

        @Override
        public int launch(KgCommand.AppCommand command) {
            ConfigurableApplicationContext context;
            try {
                context = application(command).run(command.springArguments().toArray(String[]::new));
            } catch (RuntimeException e) {
                // Spring Boot has reported why it could not start.
                return 1;
            }
            int status = command.run(context.getBean(CommandRunner.class));
            if (command.web() && status == 0) {
                serving = true;
                return 0;
            }
            return SpringApplication.exit(context, () -> status);
        }
    }
}
