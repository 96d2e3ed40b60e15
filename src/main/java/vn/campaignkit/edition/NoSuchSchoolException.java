package vn.campaignkit.edition;

/**
 * {@code --school} names no school of the site, or more than one: a mistake on the command line (exit 2), found
 * once the site's schools are read. The build cannot go on without knowing which school it is for.
 */
public final class NoSuchSchoolException extends RuntimeException {
    private final String hint;

    public NoSuchSchoolException(String message, String hint) {
        super(message, null, false, false);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
