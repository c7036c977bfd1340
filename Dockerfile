# onrecord: a ready image for checking newsroom drafts in CI.
#
#   docker build -t onrecord .
#   docker run --rm -v "$PWD:/work" onrecord check --format line drafts/
#
# Stage 1 builds with the Debian 12 development packages; stage 2 keeps only
# the shared libraries the binary needs, the binary and the default rules
# (installed to /usr/local/share/onrecord/rules, where the binary looks).

FROM debian:12-slim AS build
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      cmake ninja-build g++ pkg-config \
      libicu-dev libre2-dev libsqlitecpp-dev libsqlite3-dev \
      libyaml-cpp-dev libcli11-dev libfmt-dev nlohmann-json3-dev \
      libgumbo-dev libmd4c-dev libmd4c-html0-dev libssl-dev libcld2-dev catch2 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY CMakeLists.txt ./
COPY audit/ audit/
COPY rules/ rules/
RUN cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DONRECORD_BUILD_TESTS=OFF \
 && cmake --build build \
 && cmake --install build --prefix /usr/local

FROM debian:12-slim
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      libicu72 libre2-9 libsqlite3-0 libyaml-cpp0.7 libfmt9 \
      libgumbo1 libmd4c0 libssl3 libcld2-0 git \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/local/bin/onrecord /usr/local/bin/onrecord
COPY --from=build /usr/local/share/onrecord/rules /usr/local/share/onrecord/rules
# --diff-base runs git inside the mounted checkout, which another user owns.
RUN git config --system --add safe.directory '*'
WORKDIR /work
ENTRYPOINT ["onrecord"]
CMD ["check", "--help"]
