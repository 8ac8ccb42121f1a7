/**
 * Every file Amur reads or writes for a user goes through here. {@link org.amur.files.InputFile} reads
 * only regular files, with a byte limit, so a pipe, a device, a folder or a link loop is refused in one
 * sentence instead of hanging or filling memory. {@link org.amur.files.OutputTarget} writes only where
 * the user meant: {@code -} is standard output, devices and pipes are never replaced, regular files
 * are replaced atomically, and saves, scenarios and other {@code .json} files only with {@code --force}.
 * The package depends on nothing but the JDK and {@link org.amur.engine.TextBundle}.
 */
package org.amur.files;
