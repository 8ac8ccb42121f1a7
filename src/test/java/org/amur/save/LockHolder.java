package org.amur.save;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;

/**
 * Child process for {@link SaveLockTest}, a second copy of Amur. Arguments: a mode and a save file
 * (and for {@code write}, the scenarios folder). {@code hold} claims the game and prints {@code held}
 * (or the refusal) and keeps it until its standard input ends; {@code write} autosaves a new game of
 * the baseline over the file and prints {@code saved} or the refusal.
 */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        if (args[0].equals("hold")) {
            SaveLock lock;
            try {
                lock = SaveLock.acquire(file);
            } catch (SaveException e) {
                System.out.println("refused " + e.kind() + " " + e.getMessage());
                return;
            }
            System.out.println("held");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            lock.close();
            System.out.println("released");
        } else {
            ScenarioLoader loader = new ScenarioLoader(Path.of(args[2]));
            SaveStore store = new SaveStore(file.getParent(), loader, Clock.systemUTC());
            try {
                store.autosave(file, Session.start(loader.resolve("baseline"), 7), new SaveMeta("random", "random"));
                System.out.println("saved");
            } catch (SaveException e) {
                System.out.println("refused " + e.kind() + " " + e.getMessage());
            }
        }
    }
}
