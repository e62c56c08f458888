# The newsmon worker image. Models and gazetteer data ship inside the Python packages: nothing is
# downloaded at run time.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY pipeline pipeline
COPY agents agents
COPY schemas schemas
COPY rules rules
COPY seeds seeds
COPY feeds.yaml ./
COPY migrations migrations
RUN pip install --no-cache-dir -e .
ENV NEWSMON_HOME=/data \
    NEWSMON_RULES_PATH=/app/rules
VOLUME /data
ENTRYPOINT ["newsmon"]
CMD ["worker"]
