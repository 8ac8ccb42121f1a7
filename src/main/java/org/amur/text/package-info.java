/**
 * Text for people, beyond what the JDK does: {@link org.amur.text.IcuFormatter} gives
 * {@link org.amur.engine.TextBundle} ICU4J's plural and select rules for every language (loaded only
 * when a text needs them), and {@link org.amur.text.Columns} wraps and cuts text by the columns it
 * takes on a terminal (a CJK character takes two).
 */
package org.amur.text;
