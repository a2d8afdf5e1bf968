# Multi-stage build: compile TypeScript with dev dependencies, then ship only
# dist/, production dependencies, data/ and cypher/, running as a non-root user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY cypher ./cypher
COPY data ./data
USER node
EXPOSE 4000
ENTRYPOINT ["node", "bin/diplograph.cjs"]
CMD ["serve"]
