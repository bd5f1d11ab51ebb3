package org.industrykg;

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
 * Boot starts for the command, with the web server only for serve.
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

    /** Starts Spring for one command and runs it; a server that started stays up after main returns. */
    private static final class SpringLauncher implements KgCommand.Launcher {

        private boolean serving;

        @Override
        public int launch(KgCommand.AppCommand command) {
            SpringApplication app = new SpringApplication(KgApplication.class);
            app.setWebApplicationType(command.webServer() ? WebApplicationType.SERVLET : WebApplicationType.NONE);
            ConfigurableApplicationContext context;
            try {
                context = app.run(command.springArguments().toArray(String[]::new));
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
