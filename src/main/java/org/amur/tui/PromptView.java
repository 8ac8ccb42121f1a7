package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.function.Function;

/**
 * One line of text typed by the facilitator (a note, the reason for an inject or a ruling). Enter
 * hands the text to {@code submit}, which answers with a sentence saying why it was refused (the
 * prompt stays open and shows it) or null (the prompt closes). With a {@code required} sentence, an
 * empty text is refused with it before {@code submit} sees it.
 */
final class PromptView extends TypingView {
    private final String title;
    private final String intro;
    private final String prompt;
    private final String required;
    private final TextField field;
    private final Function<String, String> submit;
    private List<String> summary = List.of();
    private Runnable then = () -> { };

    PromptView(App app, String title, String intro, String prompt, String required, int max,
               Function<String, String> submit) {
        super(app);
        this.title = title;
        this.intro = intro;
        this.prompt = prompt;
        this.required = required;
        this.field = new TextField(max);
        this.submit = submit;
    }

    /** Lines shown under the introduction (what is about to happen). */
    PromptView summary(List<String> lines) {
        this.summary = List.copyOf(lines);
        return this;
    }

    /** Runs after the prompt closed on an accepted text (e.g. to close the screen that opened it). */
    PromptView then(Runnable r) {
        this.then = r;
        return this;
    }

    @Override
    public void draw(Canvas c) {
        Bars.header(c, title, "");
        int w = c.width() - 2;
        int bottom = c.height() - 2;
        int row = 2;
        for (String l : Canvas.wrap(intro, w)) {
            c.text(1, row++, l, Role.NORMAL);
        }
        for (String s : summary) {
            for (String l : Canvas.wrap(s, w - 2)) {
                if (row < bottom - 6) {
                    c.text(3, row++, l, Role.DIM);
                }
            }
        }
        row++;
        c.text(1, row++, prompt, Role.BOLD);
        // the text wraps over up to three rows; longer text shows its end
        cursor = field.drawWrapped(c, 1, row, w, 3, Role.NORMAL);
        row = cursor[1];
        row += 2;
        c.text(1, row++, Ui.t("prompt.count", field.text().length(), field.max()), Role.DIM);
        for (String l : Canvas.wrap(message, w)) {
            if (row < c.height() - 1) {
                c.text(1, row++, l, Role.WARN);
            }
        }
        Bars.keys(c, c.height() - 1, Ui.t("keys.prompt"));
    }

    @Override
    public void key(KeyStroke k) {
        if (Keys.is(k, KeyType.Escape)) {
            app.pop();
        } else if (Keys.enter(k)) {
            String t = field.text().strip();
            if (t.isEmpty() && required != null) {
                message = required;
                return;
            }
            if (answered(submit.apply(t))) {
                then.run();
            }
        } else {
            int before = field.text().length();
            if (field.key(k) && k.getKeyType() == KeyType.Character && field.text().length() > before) {
                message = "";
            }
        }
    }
}
