/**
 * The one hash table primitive of the library: a keyed hash of character sequences that no input
 * can flood ({@link dev.nutshell.internal.hashing.SeededHash}) and the slots of an open-addressing
 * table over it ({@link dev.nutshell.internal.hashing.HashSlots}), used by the term cache, the term
 * dictionary and the selection's repeat check. A package of its own, depending on nothing, so that
 * {@code dev.nutshell.article} can use it without a cycle through {@code dev.nutshell.internal}
 * (which depends on {@code article}). Not API: may change in any release.
 */
package dev.nutshell.internal.hashing;
