// `galley`: starts `galley-editor` for the window or `galley-cli` for a command, with the same
// arguments (see launch.h for why these are three programs).
#include "launch.h"

#include <cstdio>
#include <string>

int main(int argc, char **argv)
{
    using namespace galley::launch;
    const std::string self = runningExecutable();
    std::string error;
    if (opensEditorDirectly(argc, argv)) {
        execFirst(programCandidates(self, "galley-editor"), argv, &error);
        // No editor: `galley-cli` says so, in the user's language, or explains what went wrong.
    }
    const std::vector<std::string> cli = programCandidates(self, "galley-cli");
    if (error.empty())
        execFirst(cli, argv, &error);
    // Not translated: the translations live in the programs that could not be found.
    if (error.empty()) {
        std::fprintf(stderr,
                     "galley: the installation is incomplete; galley-cli is not in %s or %s\n",
                     cli.at(0).c_str(), cli.at(1).c_str());
    } else {
        std::fprintf(stderr, "galley: cannot start %s\n", error.c_str());
    }
    return 2;
}
