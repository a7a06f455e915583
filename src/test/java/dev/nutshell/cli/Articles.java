package dev.nutshell.cli;

/** Test inputs: an original article shaped like a scraped news page. */
final class Articles {
    /** Its body sentences, in order; everything else is page furniture. */
    static final String[] BODY = {
        "The city council voted on Tuesday to turn the abandoned rail yard along the river into a public park.",
        "The plan includes walking trails, a playground and a small amphitheater for summer concerts.",
        "Construction is expected to begin next spring and to last about eighteen months.",
        "Residents who attended the meeting mostly welcomed the decision.",
        "Several speakers asked the council to keep the old signal tower as a reminder of the site's history.",
        "The mayor said the tower would be restored and opened to visitors if the budget allows.",
        "The project will cost an estimated twelve million dollars.",
        "Most of the money comes from a state grant for urban renewal, and the rest from the city's capital budget.",
        "Critics argued that the funds would be better spent on road repairs, but the motion passed by seven votes to two.",
    };

    /** Headline, teaser, three paragraphs of body, navigation. */
    static final String PARK = "City Council Approves New Riverside Park\n"
            + "\n"
            + "No time to read?\n"
            + "Get a summary\n"
            + "\n"
            + BODY[0] + " " + BODY[1] + " " + BODY[2] + "\n"
            + "\n"
            + BODY[3] + " " + BODY[4] + " " + BODY[5] + "\n"
            + "\n"
            + BODY[6] + " " + BODY[7] + " " + BODY[8] + "\n"
            + "\n"
            + "Previous Article\n"
            + "Next Article\n";

    private Articles() {
    }
}
