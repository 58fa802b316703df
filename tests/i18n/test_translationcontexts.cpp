// Every message lupdate finds is filed under a context the program asks for at run time.
//
// A tr() that is not a class's own (a free helper function, a call in a namespace) makes lupdate
// file its message under the namespace ("herkomst::ui", "herkomst::cli::ImportCommand") while the
// program asks the translator for another context ("ChartCaption", "Cli"): the translation is
// made and never found (issue 12: 460 of 882 messages, 92 finished translations lost). The
// contexts the program asks for are those of its Q_OBJECT classes (by their full name), of its
// Q_DECLARE_TR_FUNCTIONS classes, of QCoreApplication::translate and QT_TRANSLATE_NOOP calls, and
// of its Designer forms; lupdate runs over the same sources as resources/CMakeLists.txt.
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kSourceDir = QStringLiteral(HERKOMST_SOURCE_DIR);

QStringList programSources()
{
    QStringList files;
    const std::pair<QString, QStringList> roots[] = {
        {QStringLiteral("ui"), {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")}},
        {QStringLiteral("core"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}},
        {QStringLiteral("app"), {QStringLiteral("*.cpp")}}};
    for (const auto &[root, patterns] : roots) {
        QDirIterator it(kSourceDir + QLatin1Char('/') + root, patterns, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

QString read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The code without comments, string and character literals (each character replaced by a
// space, so positions stay), for counting braces.
QString codeOnly(const QString &text)
{
    QString code = text;
    qsizetype i = 0;
    const auto blank = [&code](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to && k < code.size(); ++k) {
            if (code[k] != QLatin1Char('\n'))
                code[k] = QLatin1Char(' ');
        }
    };
    while (i < text.size()) {
        const QChar c = text[i];
        const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
        if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
            const qsizetype end = text.indexOf(QLatin1Char('\n'), i);
            blank(i, end < 0 ? text.size() : end);
            i = end < 0 ? text.size() : end;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype end = text.indexOf(QStringLiteral("*/"), i + 2);
            blank(i, end < 0 ? text.size() : end + 2);
            i = end < 0 ? text.size() : end + 2;
        } else if (c == QLatin1Char('R') && next == QLatin1Char('"')) {
            const qsizetype open = text.indexOf(QLatin1Char('('), i);
            const QString delimiter = QLatin1Char(')') + text.mid(i + 2, open - i - 2) + QLatin1Char('"');
            const qsizetype end = text.indexOf(delimiter, open);
            blank(i, end < 0 ? text.size() : end + delimiter.size());
            i = end < 0 ? text.size() : end + delimiter.size();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            qsizetype k = i + 1;
            while (k < text.size() && text[k] != c) {
                if (text[k] == QLatin1Char('\\'))
                    ++k;
                ++k;
            }
            blank(i, k + 1);
            i = k + 1;
        } else {
            ++i;
        }
    }
    return code;
}

// The namespace a position in a source file lies in ("herkomst::ui"); anonymous namespaces add
// nothing, as for the meta-object's name.
QString namespaceAt(const QString &text, qsizetype position)
{
    static const QRegularExpression token(QStringLiteral("namespace\\s+([\\w:]*)\\s*\\{|\\{|\\}"));
    const QString code = codeOnly(text.left(position));
    std::vector<std::pair<QString, int>> open; // namespace, brace depth inside it
    int depth = 0;
    for (auto it = token.globalMatch(code); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(0) == QLatin1String("}")) {
            if (!open.empty() && open.back().second == depth)
                open.pop_back();
            --depth;
        } else {
            ++depth;
            if (m.captured(0) != QLatin1String("{"))
                open.emplace_back(m.captured(1), depth);
        }
    }
    QStringList names;
    for (const auto &[name, level] : open) {
        if (!name.isEmpty())
            names << name;
    }
    return names.join(QStringLiteral("::"));
}

// The contexts the program asks the translator for.
QSet<QString> contextsInCode(const QStringList &files)
{
    QSet<QString> contexts;
    // (spelt in two, so moc does not take the pattern for a class of this file)
    static const QRegularExpression qobject(QStringLiteral("\\b(?:class|struct)\\s+(\\w+)\\s*(?::[^{;]*)?\\{\\s*Q_"
                                                           "OBJECT"));
    static const QRegularExpression declared(QStringLiteral("Q_DECLARE_TR_FUNCTIONS\\s*\\(\\s*([\\w:]+)\\s*\\)"));
    static const QRegularExpression literal(QStringLiteral("(?:QCoreApplication::translate|QT_TRANSLATE_"
                                                           "NOOP3?|QT_TRANSLATE_"
                                                           "N_NOOP)\\s*\\(\\s*\"([^\"]+)\""));
    static const QRegularExpression form(QStringLiteral("<class>([^<]+)</class>"));
    for (const QString &path : files) {
        const QString text = read(path);
        if (path.endsWith(QLatin1String(".ui"))) {
            for (auto it = form.globalMatch(text); it.hasNext();)
                contexts.insert(it.next().captured(1));
            continue;
        }
        for (auto it = qobject.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString space = namespaceAt(text, m.capturedStart());
            contexts.insert(space.isEmpty() ? m.captured(1) : space + QStringLiteral("::") + m.captured(1));
        }
        for (const QRegularExpression *re : {&declared, &literal}) {
            for (auto it = re->globalMatch(text); it.hasNext();)
                contexts.insert(it.next().captured(1));
        }
    }
    return contexts;
}

struct Filed {
    QString context;
    QString firstMessage;
    int messages = 0;
};

std::vector<Filed> contextsInTs(const QString &tsPath)
{
    std::vector<Filed> result;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name") && !result.empty() && result.back().context.isNull())
            result.back().context = xml.readElementText();
        else if (xml.name() == QLatin1String("context"))
            result.push_back({QString(), QString(), 0});
        else if (xml.name() == QLatin1String("source") && !result.empty()) {
            if (result.back().messages++ == 0)
                result.back().firstMessage = xml.readElementText();
        }
    }
    return result;
}

} // namespace

class TestTranslationContexts : public QObject {
    Q_OBJECT

private slots:
    void namespacesAreFollowed();
    void lupdateFilesEveryMessageWhereTheProgramLooks();
    void committedTranslationHasNoContextTheProgramDoesNotUse();
};

void TestTranslationContexts::namespacesAreFollowed()
{
    // The scanner itself: a class's context is its namespace and name, as moc names it.
    const QString text = QStringLiteral("namespace herkomst::ui {\nnamespace {\nvoid f() { if (x) { } }\n}\n"
                                        "class Panel : public QWidget {\n    Q_"
                                        "OBJECT\n};\n}\n"
                                        "namespace other { struct Loose { Q_"
                                        "OBJECT }; }\n");
    QCOMPARE(namespaceAt(text, text.indexOf(QStringLiteral("class Panel"))), QStringLiteral("herkomst::ui"));
    QCOMPARE(namespaceAt(text, text.indexOf(QStringLiteral("struct Loose"))), QStringLiteral("other"));
    QCOMPARE(namespaceAt(text, text.indexOf(QStringLiteral("void f"))), QStringLiteral("herkomst::ui"));
}

void TestTranslationContexts::lupdateFilesEveryMessageWhereTheProgramLooks()
{
    const QStringList files = programSources();
    QVERIFY(files.size() > 100);
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("sources.lst"));
    {
        QFile out(list);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(files.join(QLatin1Char('\n')).toUtf8());
    }
    const QString ts = dir.filePath(QStringLiteral("check_en.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(HERKOMST_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-I"), kSourceDir + QStringLiteral("/ui"), QStringLiteral("-I"),
                   kSourceDir + QStringLiteral("/core"), QLatin1Char('@') + list, QStringLiteral("-ts"), ts});
    QVERIFY(lupdate.waitForFinished(300000));
    QCOMPARE(lupdate.exitCode(), 0);
    // lupdate's own warnings ("Cannot invoke tr() like this", "Qualifying with unknown namespace")
    // are messages it cannot file where the program looks.
    const QString warnings = QString::fromUtf8(lupdate.readAllStandardError());
    QVERIFY2(!warnings.contains(QStringLiteral("warning"), Qt::CaseInsensitive), qPrintable(warnings));

    const QSet<QString> used = contextsInCode(files);
    QStringList wrong;
    int messages = 0;
    for (const Filed &filed : contextsInTs(ts)) {
        messages += filed.messages;
        if (!used.contains(filed.context))
            wrong << QStringLiteral("%1 (%2 messages, e.g. \"%3\")")
                         .arg(filed.context)
                         .arg(filed.messages)
                         .arg(filed.firstMessage.left(60));
    }
    QVERIFY(messages > 500);
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("filed under contexts the program never asks for:\n  ") +
                                         wrong.join(QStringLiteral("\n  "))));
}

void TestTranslationContexts::committedTranslationHasNoContextTheProgramDoesNotUse()
{
    // The shipped translation: no context that would never be looked up (translations made there
    // are lost), as after the English pass.
    const QSet<QString> used = contextsInCode(programSources());
    QStringList wrong;
    for (const Filed &filed : contextsInTs(kSourceDir + QStringLiteral("/resources/translations/herkomst_en.ts"))) {
        if (!used.contains(filed.context))
            wrong << filed.context;
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestTranslationContexts)
#include "test_translationcontexts.moc"
