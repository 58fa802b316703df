// herkomst: the desktop window. All behaviour lives in herkomst_ui and herkomst_core.
#include "document/analysisdocument.h"
#include "window/housestyle.h"
#include "window/languagemanager.h"
#include "window/mainwindow.h"
#include "window/sessionhandler.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QTimer>

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

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Herkomst: waar komt de Nederlandse invoer vandaan?"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Start op de demodata met de CBS-drempels."));
    const QCommandLineOption languageOption(QStringLiteral("lang"), QStringLiteral("Taal van het scherm (nl of en)."),
                                            QStringLiteral("taal"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Sla een schermafdruk van het venster op en sluit af."),
                                              QStringLiteral("png"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Venstergrootte, bv. 1600x1000."),
                                        QStringLiteral("BxH"));
    parser.addOptions({demoOption, languageOption, screenshotOption, sizeOption});
    parser.addPositionalArgument(QStringLiteral("analyse"),
                                 QStringLiteral("Een opgeslagen analyse (.herkomst) om te openen."));
    parser.process(app);

    const QString language = parser.isSet(languageOption)
                                 ? parser.value(languageOption)
                                 : QSettings().value(QStringLiteral("language"), QStringLiteral("nl")).toString();
    herkomst::ui::LanguageManager::instance().setLanguage(language);

    // Data load in the background: the window shows at once, with the views in their loading state.
    herkomst::ui::MainWindow window;
    if (parser.isSet(demoOption)) {
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
