// A stand-in for `galley-editor` and `galley-cli` in tst_editorlaunch: prints the name it was
// installed under (from /proc/self/exe, not argv[0]), then argv, one argument per line, so the
// test sees which program `galley` started and exactly what it passed on.
#include <climits>
#include <cstdio>
#include <cstring>
#include <unistd.h>

int main(int argc, char **argv)
{
    char self[PATH_MAX] = {};
    if (readlink("/proc/self/exe", self, sizeof self - 1) < 0)
        return 3;
    const char *slash = std::strrchr(self, '/');
    std::printf("%s\n", slash ? slash + 1 : self);
    for (int i = 0; i < argc; ++i)
        std::printf("%s\n", argv[i]);
    return 0;
}
