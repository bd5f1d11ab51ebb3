# syntax=docker/dockerfile:1
#
# The application image, built in stages so that a code change rebuilds only the last layers:
#   frontend  npm packages (administrative divisions, the graph view's libraries)
#   build     Maven: dependencies first (they change with pom.xml only), then the code
#   runtime   a JRE with the CoreNLP models jar (about 1.6 GB) in a layer of its own, copied
#             before the other libraries and the classes, so a new build re-ships only those
#
# It runs like ./kg: the compiled classes plus the dependency jars on the classpath, no fat jar.
#   docker build -t industry-kg .
#   docker run -p 8080:8080 industry-kg                          (embedded Neo4j, the seeds)
#   docker compose up                                            (with Neo4j 5.26, see docker-compose.yml)

ARG JAVA_VERSION=17

FROM node:20-slim AS frontend
WORKDIR /app/src/main/frontend
COPY src/main/frontend/package.json src/main/frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error

FROM maven:3.9-eclipse-temurin-${JAVA_VERSION} AS build
WORKDIR /app
# Dependencies, from pom.xml alone: the models jar in one folder, every other runtime jar in another.
COPY pom.xml ./
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q dependency:copy-dependencies -DincludeScope=runtime \
        -DincludeClassifiers=models-chinese -DoutputDirectory=/deps/models \
 && mvn -B -q dependency:copy-dependencies -DincludeScope=runtime \
        -DexcludeClassifiers=models-chinese -DoutputDirectory=/deps/lib
# The code. npm already ran in the frontend stage, so Maven's npm execution is skipped.
COPY --from=frontend /app/src/main/frontend/node_modules src/main/frontend/node_modules
COPY cypher cypher
COPY src/main src/main
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -DskipTests -Dexec.skip=true compile

FROM eclipse-temurin:${JAVA_VERSION}-jre AS runtime
RUN useradd --system --create-home --home-dir /home/kg kg
WORKDIR /app
COPY --from=build /deps/models lib/models/
COPY --from=build /deps/lib lib/
COPY --from=build /app/target/classes classes/
COPY seeds seeds/
RUN mkdir data && chown kg data
USER kg
# KG_HEAP is the JVM heap (the Chinese models need 3-4 GB); JAVA_OPTS adds JVM options.
# Properties come from the environment: SPRING_NEO4J_URI, SPRING_NEO4J_AUTHENTICATION_USERNAME,
# SPRING_NEO4J_AUTHENTICATION_PASSWORD (an external Neo4j), KG_STORE, SERVER_PORT, ...
ENV KG_HEAP=4g JAVA_OPTS=""
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java -Xmx\"$KG_HEAP\" -XX:+UseParallelGC --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED -Dfile.encoding=UTF-8 $JAVA_OPTS -cp 'classes:lib/*:lib/models/*' org.industrykg.KgApplication \"$@\"", "kg"]
CMD ["serve", "--input", "seeds"]
