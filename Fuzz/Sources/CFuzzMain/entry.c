// The program's entry point. SwiftPM links an executable target's `main`
// under the name `qualkit_fuzz_main`; this one hands the run to libFuzzer's
// driver with the entry point `Entry.swift` defines.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));

int qualkit_fuzz_main(int argc, char **argv) {
  return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
