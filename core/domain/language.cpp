#include "domain/language.h"

#include "domain/numberformat.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace herkomst {

namespace {

struct Installed {
    QString language = QStringLiteral("nl");
    std::unique_ptr<QTranslator> program;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList Language::available()
{
    return {QStringLiteral("nl"), QStringLiteral("en")};
}

QString Language::normalise(const QString &requested)
{
    return requested.trimmed().startsWith(QLatin1String("en"), Qt::CaseInsensitive) ? QStringLiteral("en")
                                                                                    : QStringLiteral("nl");
}

QString Language::fromEnvironment()
{
    // LANGUAGE is a list ("en_GB:nl"); its first entry counts. "C" and "POSIX" say nothing.
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name).section(QLatin1Char(':'), 0, 0).trimmed();
        if (value.isEmpty())
            continue;
        if (value == QLatin1String("C") || value.startsWith(QLatin1String("C.")) || value == QLatin1String("POSIX"))
            return QStringLiteral("nl");
        return normalise(value);
    }
    const QStringList system = QLocale::system().uiLanguages();
    return normalise(system.isEmpty() ? QString() : system.front());
}

bool Language::install(const QString &requested)
{
    const QString language = normalise(requested);
    Installed &state = installed();
    // Numbers first: the LanguageChange that installing a translator sends re-reads them.
    NumberFormat::setLanguage(language);
    QLocale::setDefault(language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                        : QLocale(QLocale::Dutch, QLocale::Netherlands));
    for (std::unique_ptr<QTranslator> *translator : {&state.program, &state.qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
    state.language = language;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    if (language == QLatin1String("nl"))
        return true;
    auto program = std::make_unique<QTranslator>();
    if (!program->load(QStringLiteral(":/i18n/herkomst_") + language)) {
        NumberFormat::setLanguage(QStringLiteral("nl"));
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        state.language = QStringLiteral("nl");
        return false;
    }
    QCoreApplication::installTranslator(program.get());
    state.program = std::move(program);
    return true;
}

QString Language::current()
{
    return installed().language;
}

} // namespace herkomst
