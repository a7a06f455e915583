package dev.nutshell.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Paragraph-level pruning of the collected blocks: drops the headline, link lists and other
 * blocks that are mostly links, and headings that head nothing. Linear.
 */
final class BlockFilter {
    private static final double MAX_LINK_DENSITY = 0.5;

    private BlockFilter() {
    }

    static List<Block> filter(List<Block> blocks, Optional<String> title) {
        String headline = title.map(t -> t.toLowerCase(Locale.ROOT)).orElse("");
        List<Block> kept = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (block.tag().equals("h1") || block.linkDensity() > MAX_LINK_DENSITY
                    || block.text().toLowerCase(Locale.ROOT).equals(headline)) {
                continue;
            }
            kept.add(block);
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isHeading()) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }
}
