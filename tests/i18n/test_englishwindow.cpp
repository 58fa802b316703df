// The window in English, as an English-speaking policy officer sees it: every text it shows, in
// every state that changes texts (EC and GeoDep presets, an industry unticked, a product chosen,
// Figure 2 by value and by industry), its menus and context menus, its dialogs and wizard pages,
// the three figures as drawn, and the tables it exports. The test fails on any Dutch left:
//  - a message the program asked the translator for in one of its contexts and did not get
//    (untranslated, or filed under another context than the one asked for), and
//  - a shown text that is, or contains a phrase of, a Dutch source message, or that reads as
//    Dutch (two or more common Dutch words): text the translation never saw.
#include "charts/countrychart.h"
#include "charts/funnelchart.h"
#include "charts/productdetailchart.h"
#include "document/analysisdocument.h"
#include "export/analysisexports.h"
#include "import/datasetmanager.h"
#include "import/importwizard.h"
#include "panels/criterionrow.h"
#include "panels/thresholdpanel.h"
#include "support/documentwait.h"
#include "table/productfilterproxymodel.h"
#include "table/producttablemodel.h"
#include "table/producttablepanel.h"
#include "textrecorder.h"
#include "window/aboutdialog.h"
#include "window/exporthandler.h"
#include "window/exportsettings.h"
#include "window/housestyle.h"
#include "window/languagemanager.h"
#include "window/mainwindow.h"
#include "window/methodhelp.h"
#include "window/settingsdialog.h"

#include "export/annextables.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <QWizardPage>
#include <QXmlStreamReader>

using namespace herkomst;
using namespace herkomst::ui;

namespace {

// The Dutch source messages of the shipped translation whose English differs, by context.
struct Catalogue {
    QHash<QString, QSet<QString>> contextsOf; // source text -> contexts it is filed under
    QSet<QString> contexts;
    std::vector<std::pair<QString, QString>> dutch; // sources whose translation differs, with it
};

Catalogue readCatalogue()
{
    Catalogue catalogue;
    QFile file(QStringLiteral(HERKOMST_TS_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return catalogue;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
            catalogue.contexts.insert(context);
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            catalogue.contextsOf[source].insert(context);
        } else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!translation.isEmpty() && translation != source)
                catalogue.dutch.emplace_back(source, translation);
        }
    }
    return catalogue;
}

// Asked for first (installed last): passes every question to the shipped translation and notes
// those about the program's own messages that it cannot answer.
class RecordingTranslator : public QTranslator {
public:
    explicit RecordingTranslator(const Catalogue &catalogue) : mCatalogue(catalogue)
    {
        mLoaded = mTranslation.load(QStringLiteral(":/i18n/herkomst_en"));
    }
    bool loaded() const { return mLoaded; }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        const QString answer = mTranslation.translate(context, source, disambiguation, n);
        if (answer.isEmpty()) {
            const QString ctx = QString::fromUtf8(context);
            const QString src = QString::fromUtf8(source);
            if (mCatalogue.contexts.contains(ctx) || mCatalogue.contextsOf.contains(src) ||
                ctx.startsWith(QLatin1String("herkomst::")))
                misses.insert(QStringLiteral("[%1] %2").arg(ctx, src.left(80)));
        }
        return answer;
    }
    mutable QSet<QString> misses;

private:
    const Catalogue &mCatalogue;
    QTranslator mTranslation;
    bool mLoaded = false;
};

QString plain(const QString &text)
{
    QString result = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    return result.remove(QLatin1Char('&')).simplified();
}

} // namespace

class TestEnglishWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void windowSpeaksEnglishOnly();

private:
    void collect(const QString &where, const QString &text);
    void collectWidget(QWidget *top, const QString &where);
    void collectMenu(QMenu *menu, const QString &where);
    void collectChart(ChartWidget *chart, const QString &where);
    void collectTable(const ExportTable &table, const QString &where);
    void collectState(const QString &state);
    QStringList dutchIn(const QString &text) const;

    Catalogue mCatalogue;
    RecordingTranslator *mRecorder = nullptr;
    QMap<QString, QString> mTexts; // text -> where it was seen first
    MainWindow *mWindow = nullptr;
};

void TestEnglishWindow::initTestCase()
{
    QSettings().clear();
    applyHouseStyle(*qApp);
    mCatalogue = readCatalogue();
    QVERIFY2(!mCatalogue.dutch.empty(), HERKOMST_TS_FILE);
    QVERIFY(LanguageManager::instance().setLanguage(QStringLiteral("en")));
    mRecorder = new RecordingTranslator(mCatalogue);
    QVERIFY(mRecorder->loaded());
    QCoreApplication::installTranslator(mRecorder);
}

void TestEnglishWindow::cleanupTestCase()
{
    QCoreApplication::removeTranslator(mRecorder);
    delete mRecorder;
}

void TestEnglishWindow::collect(const QString &where, const QString &text)
{
    const QString shown = plain(text);
    if (shown.size() > 1 && !mTexts.contains(shown))
        mTexts.insert(shown, where);
}

void TestEnglishWindow::collectMenu(QMenu *menu, const QString &where)
{
    emit menu->aboutToShow(); // menus that fill themselves when opened
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        collect(where, action->text());
        collect(where, action->toolTip());
        collect(where, action->statusTip());
        if (action->menu())
            collectMenu(action->menu(), where + QStringLiteral(" > ") + plain(action->text()));
    }
}

void TestEnglishWindow::collectChart(ChartWidget *chart, const QString &where)
{
    collect(where, chart->title());
    collect(where, chart->caption());
    TextRecorder recorder(QSize(900, 700));
    {
        QPainter painter(&recorder);
        chart->render(painter, QRectF(0, 0, 900, 700));
    }
    for (const QString &text : recorder.texts())
        collect(where + QStringLiteral(" (drawn)"), text);
}

void TestEnglishWindow::collectTable(const ExportTable &table, const QString &where)
{
    collect(where, table.title);
    collect(where, table.sheetName);
    for (const QString &note : table.notes)
        collect(where, note);
    for (const ExportColumn &column : table.columns)
        collect(where, column.header);
    for (size_t r = 0; r < table.rows.size() && r < 10; ++r) {
        for (const QVariant &cell : table.rows[r]) {
            if (cell.typeId() == QMetaType::QString)
                collect(where, cell.toString());
        }
    }
}

void TestEnglishWindow::collectWidget(QWidget *top, const QString &where)
{
    collect(where, top->windowTitle());
    QList<QWidget *> widgets = top->findChildren<QWidget *>();
    widgets.prepend(top);
    for (QWidget *w : std::as_const(widgets)) {
        if (w != top && !w->isVisibleTo(top))
            continue;
        collect(where, w->toolTip());
        collect(where, w->accessibleName());
        if (auto *label = qobject_cast<QLabel *>(w))
            collect(where, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            collect(where, button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            collect(where, group->title());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            collect(where, edit->placeholderText());
        else if (auto *browser = qobject_cast<QTextBrowser *>(w))
            collect(where, browser->toPlainText());
        else if (auto *page = qobject_cast<QWizardPage *>(w)) {
            collect(where, page->title());
            collect(where, page->subTitle());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i) {
                collect(where, combo->itemText(i));
                collect(where, combo->itemData(i, Qt::ToolTipRole).toString());
            }
        } else if (auto *list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i)
                collect(where, list->item(i)->text());
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            const QAbstractItemModel *model = view->model();
            if (!model)
                continue;
            for (int c = 0; c < model->columnCount(); ++c) {
                collect(where, model->headerData(c, Qt::Horizontal).toString());
                collect(where, model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
                for (int r = 0; r < std::min(model->rowCount(), 15); ++r) {
                    collect(where, model->index(r, c).data().toString());
                    collect(where, model->index(r, c).data(Qt::ToolTipRole).toString());
                }
            }
        }
    }
    for (QMenu *menu : top->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly))
        collectMenu(menu, where);
}

void TestEnglishWindow::collectState(const QString &state)
{
    QApplication::processEvents();
    collectWidget(mWindow, state);
    for (QAction *action : mWindow->menuBar()->actions())
        collectMenu(action->menu(), state + QStringLiteral(" menu ") + plain(action->text()));
    collectChart(mWindow->funnelChart(), state + QStringLiteral(" Figure 1"));
    collectChart(mWindow->countryChart(), state + QStringLiteral(" Figure 2"));
    if (auto *detail = mWindow->findChild<ProductDetailChart *>())
        collectChart(detail, state + QStringLiteral(" detail"));
    ThresholdPanel *panel = mWindow->thresholdPanel();
    for (int i = 0; i < panel->criterionRowCount(); ++i) {
        for (QAction *action : panel->criterionRow(i)->contextMenuActions()) {
            collect(state + QStringLiteral(" criterion menu"), action->text());
            collect(state + QStringLiteral(" criterion menu"), action->toolTip());
        }
    }
    ProductTablePanel *table = mWindow->productTable();
    std::unique_ptr<QMenu> menu(table->createContextMenu(table->proxy()->index(0, 0)));
    if (menu)
        collectMenu(menu.get(), state + QStringLiteral(" table menu"));
    mWindow->exports()->withExports([&](const AnalysisExports &exports) {
        collectTable(table->exportTable(exports.caption()), state + QStringLiteral(" product table export"));
    });
    const AnalysisSettings settings{mWindow->document()->criteria(), mWindow->document()->state().industries};
    collectTable(concentratedProductsTable(mWindow->document()->table(), mWindow->document()->result(), settings,
                                           ValueUnit::Millions),
                 state + QStringLiteral(" Bijlage 2 export"));
}

QStringList TestEnglishWindow::dutchIn(const QString &text) const
{
    QStringList found;
    // Whole messages and their longer phrases (split where arguments and markup go).
    static const QRegularExpression splitter(QStringLiteral("%L?\\d|<[^>]*>|&[a-z]+;|\\n"));
    for (const auto &[source, translation] : mCatalogue.dutch) {
        const QString whole = plain(source);
        if (whole == text) {
            found << whole;
            continue;
        }
        // Phrases the English keeps (names such as "Eurostat Comext") are not Dutch left over.
        for (const QString &part : source.split(splitter, Qt::SkipEmptyParts)) {
            const QString phrase = part.simplified();
            if (phrase.size() >= 14 && phrase.contains(QLatin1Char(' ')) && !translation.contains(phrase) &&
                text.contains(phrase))
                found << phrase;
        }
    }
    // Dutch the translation never saw: two or more of its commonest words.
    static const QRegularExpression dutchWords(
        QStringLiteral("\\b(de|het|een|van|niet|naar|voor|geen|uit|bij|zijn|wordt|worden|alle|producten|invoer|"
                       "uitvoer|leverancier|gegevens|landen|drempel|stap|bedrijfstak|omschrijving|jaar|waarde)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QSet<QString> words;
    for (auto it = dutchWords.globalMatch(text); it.hasNext();)
        words.insert(it.next().captured(1).toLower());
    if (words.size() >= 2)
        found << QStringLiteral("Dutch words: ") + QStringList(words.begin(), words.end()).join(QLatin1Char(','));
    return found;
}

void TestEnglishWindow::windowSpeaksEnglishOnly()
{
    mWindow = new MainWindow;
    mWindow->startOnDemoData();
    mWindow->resize(1600, 1000);
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow));
    QVERIFY(waitUntilLoaded(*mWindow->document()));
    AnalysisDocument *document = mWindow->document();
    ProductTablePanel *table = mWindow->productTable();
    table->selectFirstIfNone();
    collectState(QStringLiteral("CBS"));

    // Another preset, an industry unticked, Figure 2 by value and by industry.
    mWindow->thresholdPanel()->industryList()->item(1)->setCheckState(Qt::Unchecked);
    mWindow->countryChart()->setMeasure(CountryChart::Measure::ImportValue);
    mWindow->countryChart()->setStackedByIndustry(true);
    emit mWindow->countryChart()->countryClicked(QStringLiteral("CHN"));
    collectState(QStringLiteral("industry, by value"));
    for (const QString &preset : {QStringLiteral("ec2021"), QStringLiteral("geodep")}) {
        document->applyPreset(preset);
        QVERIFY(waitUntilLoaded(*document));
        table->showStep(-1);
        table->selectFirstIfNone();
        collectState(preset);
    }
    // A criterion over its whole range: the funnel's end empty, said in words.
    document->setThreshold(0, 0.99);
    collectState(QStringLiteral("empty end"));

    // The dialogs and pages a user opens.
    collectWidget(mWindow->showMethod(), QStringLiteral("Method"));
    {
        AboutDialog about(mWindow);
        collectWidget(&about, QStringLiteral("About"));
        SettingsDialog settings(mWindow);
        collectWidget(&settings, QStringLiteral("Settings"));
        ExportSettingsDialog exportSettings(ExportSettings::load(), QStringLiteral("Source: CBS"), mWindow);
        collectWidget(&exportSettings, QStringLiteral("Export settings"));
        DataSetManager manager(document, mWindow);
        collectWidget(&manager, QStringLiteral("Data sets"));
    }
    ImportWizard *wizard = mWindow->openImportWizard();
    for (int id : wizard->pageIds())
        collectWidget(wizard->page(id), QStringLiteral("Import wizard page %1").arg(id));
    collectWidget(wizard, QStringLiteral("Import wizard"));
    wizard->reject();

    QStringList dutch;
    for (auto it = mTexts.cbegin(); it != mTexts.cend(); ++it) {
        const QStringList found = dutchIn(it.key());
        if (!found.isEmpty())
            dutch << QStringLiteral("%1: \"%2\" (%3)")
                         .arg(it.value(), it.key().left(100), found.join(QStringLiteral("; ")));
    }
    QStringList misses(mRecorder->misses.begin(), mRecorder->misses.end());
    misses.sort();
    delete mWindow;
    QVERIFY(mTexts.size() > 400);
    // Every finding on a line of its own (a failure message is cut short).
    for (const QString &miss : std::as_const(misses))
        qInfo("not translated: %s", qPrintable(miss));
    for (const QString &text : std::as_const(dutch))
        qInfo("Dutch: %s", qPrintable(text));
    QVERIFY2(misses.isEmpty(),
             qPrintable(QStringLiteral("%1 messages asked for and not translated (listed above)").arg(misses.size())));
    QVERIFY2(dutch.isEmpty(),
             qPrintable(QStringLiteral("%1 Dutch texts on the English screen (listed above)").arg(dutch.size())));
}

QTEST_MAIN(TestEnglishWindow)
#include "test_englishwindow.moc"
