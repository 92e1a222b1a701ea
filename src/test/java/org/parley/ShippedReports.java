package org.parley;

/** The headlines of the three shipped reports ({@code seed/index.txt}), by which tests tell their rows apart. */
public final class ShippedReports {

    /** The article of the Baek–Nishi talks. */
    public static final String SHIPPED = "Seoul cautions Tokyo over collective self-defense move";
    /** The report of the forum's opening: its second edition. */
    public static final String OPENING = "Seoul Defense Dialogue opens with officials of 21 countries and three"
            + " organisations";
    /** The announcement of the talks at a later edition. */
    public static final String LATER = "Vice defence ministers of South Korea and Japan to meet at the Seoul Defense"
            + " Dialogue";

    private ShippedReports() {
    }
}
