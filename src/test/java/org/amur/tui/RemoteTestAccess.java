package org.amur.tui;

/** For tests outside the package: a value as the dashboard shows it. */
public final class RemoteTestAccess {
    private RemoteTestAccess() {
    }

    public static String value(double v) {
        return Dashboard.value(v);
    }
}
