package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** Small helpers to read key strokes. */
final class Keys {
    private Keys() {
    }

    /**
     * One line of typed text after key {@code k}: Backspace deletes the last character (a whole code
     * point), Ctrl-U clears the line, a plain character is added (cleaned of control characters) if the
     * text stays within {@code max}. Returns null when {@code k} is not one of these editing keys.
     */
    static String edit(String text, KeyStroke k, int max) {
        if (is(k, KeyType.Backspace)) {
            return text.isEmpty() ? text : text.substring(0, text.offsetByCodePoints(text.length(), -1));
        }
        if (ctrl(k, 'u')) {
            return "";
        }
        if (k.getKeyType() == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()) {
            String add = Canvas.clean(String.valueOf(k.getCharacter()));
            return text.length() + add.length() <= max ? text + add : text;
        }
        return null;
    }

    static boolean is(KeyStroke k, KeyType t) {
        return k.getKeyType() == t;
    }

    /**
     * A plain character key (no Ctrl/Alt) for code point {@code c} (a letter of any script, as a bundle's
     * key letter may be), case-insensitive for letters.
     */
    static boolean ch(KeyStroke k, int c) {
        return k.getKeyType() == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()
                && Character.toLowerCase((int) k.getCharacter()) == Character.toLowerCase(c);
    }

    static boolean ctrl(KeyStroke k, char c) {
        return k.getKeyType() == KeyType.Character && k.isCtrlDown() && Character.toLowerCase(k.getCharacter()) == c;
    }

    static boolean enter(KeyStroke k) {
        return k.getKeyType() == KeyType.Enter;
    }

    static boolean back(KeyStroke k) {
        return k.getKeyType() == KeyType.Escape || ch(k, 'q');
    }

    static boolean up(KeyStroke k) {
        return k.getKeyType() == KeyType.ArrowUp || ch(k, 'k');
    }

    static boolean down(KeyStroke k) {
        return k.getKeyType() == KeyType.ArrowDown || ch(k, 'j');
    }

    static boolean left(KeyStroke k) {
        return k.getKeyType() == KeyType.ArrowLeft || k.getKeyType() == KeyType.ReverseTab;
    }

    static boolean right(KeyStroke k) {
        return k.getKeyType() == KeyType.ArrowRight || k.getKeyType() == KeyType.Tab;
    }

    static boolean help(KeyStroke k) {
        return k.getKeyType() == KeyType.F1 || (k.getKeyType() == KeyType.Character && k.getCharacter() == '?');
    }
}
