// Imported first by the command line: Node (22.1 and later) keeps the compiled code of every module on
// disk, so a start after the first skips compiling them (a fifth of the hub's start-up CPU). A no-op on
// older Node.
import nodeModule from 'node:module';

(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
