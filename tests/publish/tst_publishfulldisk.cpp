// `galley publish` on a disk that really fills up (issue 22: "a full disk leaves the previous
// site intact"). A mount namespace of its own (`unshare -m` as root, `unshare -Urm` as a user)
// mounts a 256 KB tmpfs, a real file system that answers ENOSPC; the site is published there,
// the disk is then filled but 8 KB, and every page is changed (another base URL):
//   - with the free-space check, the publish is refused before writing anything;
//   - without it (GALLEY_PUBLISH_SKIP_SPACE_CHECK, as when another program fills the disk
//     between the check and the writes), the writes themselves meet ENOSPC.
// Both fail with exit code 2 and a message that says the disk is full and the previous site is
// unchanged; the site's files (hidden ones included: the manifest, any staged page) hash the same
// as before, listed inside the namespace. Once space is freed the same publish succeeds.
#include "fixturearchive.h"
#include "processrun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace galley;

class TestPublishFullDisk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QByteArray result(const QString &name) const
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray("(missing)");
    }

private slots:
    void fullDiskLeavesThePreviousSiteByteForByte()
    {
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath(u"galley.sqlite"_s);
        QVERIFY(testsupport::importFixtureArchive(db));
        const QString disk = m_dir.filePath(u"disk"_s);
        QVERIFY(QDir().mkpath(disk));

        // Each step leaves its exit code, messages and the site's hashes in OUT (outside the
        // tmpfs, which goes with the namespace).
        const QString script = uR"(
set -u
mount -t tmpfs -o size=256k tmpfs "$DISK" || exit 90
site="$DISK/site"
stat -f -c %T "$DISK" > "$OUT/fstype"
publish() { "$GALLEY" publish --db "$DB" "$site" --base-url "$1"; }
hashes() { (cd "$site" && find . -type f | LC_ALL=C sort | xargs -d '\n' sha256sum); }
publish https://a.example/ > /dev/null 2> "$OUT/first.err"; echo $? > "$OUT/first.rc"
hashes > "$OUT/before"
avail=$(df -B1 --output=avail "$DISK" | tail -n 1)
head -c $((avail - 8192)) /dev/zero > "$DISK/filler"
df -B1 --output=avail "$DISK" | tail -n 1 > "$OUT/free"
publish https://b.example/ > /dev/null 2> "$OUT/checked.err"; echo $? > "$OUT/checked.rc"
hashes > "$OUT/after-checked"
GALLEY_PUBLISH_SKIP_SPACE_CHECK=1 publish https://b.example/ > /dev/null 2> "$OUT/writing.err"
echo $? > "$OUT/writing.rc"
hashes > "$OUT/after-writing"
rm "$DISK/filler"
publish https://b.example/ > /dev/null 2> "$OUT/again.err"; echo $? > "$OUT/again.rc"
cp "$site/feed.xml" "$OUT/feed-again.xml"
exit 0
)"_s;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DISK"_s, disk);
        env.insert(u"OUT"_s, m_dir.path());
        env.insert(u"DB"_s, db);
        env.insert(u"GALLEY"_s, QStringLiteral(GALLEY_BINARY));
        // Root (developers, CI) may mount in a new mount namespace; a user needs a user
        // namespace too.
        const QString flags = geteuid() == 0 ? u"-m"_s : u"-Urm"_s;
        const auto run
            = testsupport::runProcess(u"unshare"_s, {flags, u"sh"_s, u"-c"_s, script}, 60000, env);
        const QByteArray why = run.err + "\nexit " + QByteArray::number(run.exitCode);
        QVERIFY2(run.exitCode == 0, why.constData());
        QCOMPARE(result(u"fstype"_s), QByteArray("tmpfs"));
        QVERIFY(QDir(disk).isEmpty()); // the tmpfs was the namespace's alone

        QVERIFY2(result(u"first.rc"_s) == "0", result(u"first.err"_s).constData());
        const QByteArray before = result(u"before"_s);
        QVERIFY(before.contains("./index.html"));
        QVERIFY(before.contains("./.galley-site.json"));
        QVERIFY(before.contains("./issues/101/index.html"));
        QVERIFY(result(u"free"_s).toLongLong() <= 8192);

        for (const QString &step : {u"checked"_s, u"writing"_s}) {
            const QByteArray err = result(step + u".err"_s);
            QVERIFY2(result(step + u".rc"_s) == "2", err.constData());
            QVERIFY2(err.contains("the disk that holds") && err.contains("is full"),
                     err.constData());
            QVERIFY2(err.contains("The previous site is left as it was"), err.constData());
            const QByteArray after = result(u"after-"_s + step);
            QVERIFY2(!after.contains("galley-new"), after.constData()); // nothing staged is left
            QCOMPARE(after, before); // every file, byte for byte
        }
        // The check before writing says how much was needed; the write says what it was writing.
        QVERIFY(result(u"checked.err"_s).contains("needed"));
        QVERIFY2(result(u"writing.err"_s).contains("while writing"),
                 result(u"writing.err"_s).constData());

        QVERIFY2(result(u"again.rc"_s) == "0", result(u"again.err"_s).constData());
        QVERIFY(result(u"feed-again.xml"_s).contains("<id>https://b.example/</id>"));
    }
};

QTEST_GUILESS_MAIN(TestPublishFullDisk)
#include "tst_publishfulldisk.moc"
