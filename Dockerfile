# syntax=docker/dockerfile:1
# Build stage: dev dependencies, tsc, and the validated knowledge snapshot.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src src
COPY commands commands
COPY data data
# npm ci runs `prepare`, which builds dist/.
RUN npm ci --no-audit --no-fund

# Runtime stage: the current Node LTS, production dependencies only, not root.
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HTTP_HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist dist
COPY data data
USER node
# /healthz on the metrics port, when there is one (METRICS_PORT); otherwise nothing to probe.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "dist/src/healthcheck.js"]
CMD ["node", "dist/src/main.js"]
