// herkomst: the desktop window. All behaviour lives in herkomst_ui and herkomst_core.
#include "document/analysisdocument.h"
#include "window/housestyle.h"
#include "window/languagemanager.h"
#include "window/mainwindow.h"
#include "window/sessionhandler.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTimer>

namespace {

// The texts of this program's command line ("Main" in the translation).
class MainText {
    Q_DECLARE_TR_FUNCTIONS(Main)
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Herkomst"));
    QApplication::setOrganizationDomain(QStringLiteral("herkomst.local"));
    QApplication::setApplicationName(QStringLiteral("herkomst"));
    QApplication::setApplicationDisplayName(QStringLiteral("Herkomst"));
    QApplication::setApplicationVersion(QStringLiteral(HERKOMST_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("herkomst"));
    herkomst::ui::applyHouseStyle(app);

    // The language first, so --help speaks it too: --lang, else the one chosen last time.
    QString language = QSettings().value(QStringLiteral("language"), QStringLiteral("nl")).toString();
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments[i + 1];
        else if (arguments[i].startsWith(QLatin1String("--lang=")))
            language = arguments[i].mid(7);
    }
    herkomst::ui::LanguageManager::instance().setLanguage(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(MainText::tr("Herkomst: waar komt de Nederlandse invoer vandaan?"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        MainText::tr("Start op de demodata met de CBS-drempels."));
    const QCommandLineOption languageOption(QStringLiteral("lang"), MainText::tr("Taal van het scherm (nl of en)."),
                                            MainText::tr("taal"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              MainText::tr("Sla een schermafdruk van het venster op en sluit af."),
                                              QStringLiteral("png"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), MainText::tr("Venstergrootte, bv. 1600x1000."),
                                        MainText::tr("BxH"));
    parser.addOptions({demoOption, languageOption, screenshotOption, sizeOption});
    parser.addPositionalArgument(QStringLiteral("analyse"),
                                 MainText::tr("Een opgeslagen analyse (.herkomst) om te openen."));
    parser.process(app);

    // Data load in the background: the window shows at once, with the views in their loading state.
    herkomst::ui::MainWindow window;
    if (parser.isSet(demoOption)) {
        window.restoreLayout(); // the analysis starts afresh; the window stays as the user arranged it
        window.startOnDemoData();
    } else if (!parser.positionalArguments().isEmpty()) {
        window.restoreLayout();
        if (!window.openAnalysis(QDir::current().absoluteFilePath(parser.positionalArguments().constFirst())))
            window.session()->restoreLastSession();
    } else {
        window.restoreLastSession();
    }
    if (parser.isSet(sizeOption)) {
        const QStringList parts = parser.value(sizeOption).split(QLatin1Char('x'));
        if (parts.size() == 2)
            window.resize(parts[0].toInt(), parts[1].toInt());
    }
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        // Let the data load and layouts and charts settle before grabbing the window's own pixels.
        const auto grab = [&window, path] {
            window.grab().save(path);
            QApplication::quit();
        };
        QTimer::singleShot(1500, &window, [&window, grab] {
            if (!window.document()->isLoading())
                return grab();
            QObject::connect(window.document(), &herkomst::ui::AnalysisDocument::loadingChanged, &window,
                             [grab] { QTimer::singleShot(500, grab); });
        });
    }
    return app.exec();
}
