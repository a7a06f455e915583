package dev.nutshell.extraction;

/** Test access to the title cleaning of {@link Metadata}. */
final class PageMetadataTitles {
    private PageMetadataTitles() {
    }

    static String of(String title, String site) {
        return Metadata.withoutSiteName(title, site);
    }
}
