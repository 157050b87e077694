# Build: the Swift toolchain plus the C libraries' headers.
FROM swift:6.3-bookworm AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq-dev libhiredis-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Package.swift ./
COPY Sources ./Sources
COPY Tests ./Tests
RUN swift build -c release --product energygraph --static-swift-stdlib \
    && mkdir /staging \
    && cp "$(swift build -c release --show-bin-path)/energygraph" /staging/ \
    && cp -R "$(swift build -c release --show-bin-path)/EnergyGraph_Storage.resources" /staging/

# Run: a slim Debian with the two C libraries.
FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 libhiredis0.14 ca-certificates tzdata \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --uid 1000 energygraph
WORKDIR /app
COPY --from=build /staging /app
USER energygraph
ENV HOST=0.0.0.0 PORT=8080
EXPOSE 8080
ENTRYPOINT ["/app/energygraph"]
CMD ["serve"]
