#include "launch.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace galley::launch {

std::string runningExecutable()
{
    if (char *resolved = ::realpath("/proc/self/exe", nullptr)) {
        std::string path(resolved);
        std::free(resolved);
        return path;
    }
    // realpath fails when the file was replaced while running (a rebuild); the link still names it.
    char buffer[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    std::string path(buffer, n > 0 ? std::size_t(n) : 0);
    constexpr std::string_view deleted = " (deleted)";
    if (path.ends_with(deleted))
        path.resize(path.size() - deleted.size());
    return path;
}

std::vector<std::string> programCandidates(const std::string &executable, std::string_view program)
{
    const std::size_t slash = executable.rfind('/');
    const std::string bin
        = slash == std::string::npos ? std::string(".") : executable.substr(0, slash);
    std::string installed = GALLEY_LIBEXEC_RELATIVE_DIR;
    if (!installed.starts_with('/'))
        installed = bin + '/' + installed;
    // Tidy `<bin>/../libexec` for the messages that name it.
    if (const std::size_t up = installed.find("/../"); up != std::string::npos && up > 0) {
        const std::size_t parent = installed.rfind('/', up - 1);
        if (parent != std::string::npos && installed.compare(parent, up - parent, "/..") != 0)
            installed.erase(parent, up + 3 - parent);
    }
    return {installed + '/' + std::string(program), bin + '/' + std::string(program)};
}

bool opensEditorDirectly(int argc, const char *const *argv)
{
    // The options every command accepts before its name (galley::cli's commandIndex).
    int i = 1;
    while (i < argc) {
        const std::string_view a = argv[i];
        if (a == "--db" && i + 1 < argc)
            i += 2;
        else if (a.starts_with("--db="))
            ++i;
        else
            break;
    }
    if (i >= argc)
        return true;
    const std::string_view first = argv[i];
    if (first == "--self-test")
        return true;
    return !first.starts_with('-')
        && (first.find('.') != std::string_view::npos || first.find('/') != std::string_view::npos);
}

void execFirst(const std::vector<std::string> &candidates, char **argv, std::string *error)
{
    error->clear();
    for (const std::string &candidate : candidates) {
        if (::access(candidate.c_str(), X_OK) != 0)
            continue;
        ::execv(candidate.c_str(), argv);
        // Found but it would not start (wrong architecture, a broken file): say so rather than try
        // the next one, which is not what the installation meant.
        *error = candidate + ": " + std::strerror(errno);
        return;
    }
}

} // namespace galley::launch
