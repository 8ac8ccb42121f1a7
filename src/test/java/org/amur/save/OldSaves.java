package org.amur.save;

import org.amur.scenario.StrictJson;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;

/** Saves as versions of Amur before self-contained saves wrote them, for tests of the old behaviour. */
public final class OldSaves {
    private OldSaves() {
    }

    /** The save without its copy of the scenario (the scenario is then looked up by id). */
    public static String withoutScenarioCopy(String save) {
        ObjectNode root = (ObjectNode) StrictJson.mapper().readTree(save);
        ((ObjectNode) root.get("scenario")).remove("text");
        return StrictJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }
}
