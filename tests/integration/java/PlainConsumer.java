// A downstream consumer that knows nothing of newsmon: Kafka's own Java client, no schema registry,
// no Python. Prints the values of a topic from its beginning, one per line, then exits after
// `count` records or `seconds` without one.
//
//   java -cp '<kafka jars>/*' PlainConsumer.java BOOTSTRAP TOPIC COUNT SECONDS

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

public class PlainConsumer {
    public static void main(String[] args) {
        Properties config = new Properties();
        config.put("bootstrap.servers", args[0]);
        config.put("group.id", "plain-consumer-" + System.nanoTime());
        config.put("auto.offset.reset", "earliest");
        config.put("key.deserializer", ByteArrayDeserializer.class.getName());
        config.put("value.deserializer", ByteArrayDeserializer.class.getName());
        int wanted = Integer.parseInt(args[2]);
        long idleMillis = Long.parseLong(args[3]) * 1000;
        int seen = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(args[1]));
            long lastRecord = System.currentTimeMillis();
            while (seen < wanted && System.currentTimeMillis() - lastRecord < idleMillis) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    System.out.println(new String(record.value(), StandardCharsets.UTF_8));
                    seen++;
                    lastRecord = System.currentTimeMillis();
                }
            }
        }
        System.exit(seen >= wanted ? 0 : 1);
    }
}
