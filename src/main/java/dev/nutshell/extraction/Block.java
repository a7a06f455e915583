package dev.nutshell.extraction;

/**
 * One paragraph of a page as collected: its text with whitespace collapsed, the tag of the block
 * element it stood in, and how much of it was link text.
 */
record Block(String text, String tag, int linkChars) {
    boolean isHeading() {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
}
