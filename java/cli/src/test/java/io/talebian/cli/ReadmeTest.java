package io.talebian.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's first two lines are the main job and the test command (the project's contract). */
class ReadmeTest {
    @Test
    void firstLinesAreTheMainJobAndTheTestCommand() throws IOException {
        final Path readme = Path.of("../../README.md");
        final List<String> lines = Files.readAllLines(readme);
        assertEquals("./talebian assess --output /tmp/talebian-assess.jsonl", lines.get(0));
        assertEquals("ci/test.sh", lines.get(1));
        assertTrue(Files.isExecutable(Path.of("../../talebian")), "launcher");
    }
}
