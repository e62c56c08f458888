"""newsmon: a streaming news monitor on Kafka and Faust."""
