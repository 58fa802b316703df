#pragma once

#include "export/analysisexports.h"

#include <QObject>
#include <QString>
#include <functional>

class QMenu;
class QWidget;

namespace herkomst::ui {

class AnalysisDocument;
class ChartWidget;
class CountryChart;
class FunnelChart;
class ProductDetailChart;
class ProductTablePanel;
class SensitivityView;

// File → Exporteren: Figure 1, Figure 2 and the product detail as PNG, SVG, PDF or to the
// clipboard (with their caption), the Bijlage 2 list and the product table as shown to XLSX, CSV
// or Word, the annex (Word, ODT, PDF) and the export settings. All of it goes through
// AnalysisExports, so the window writes what the command line writes, and every save dialog
// suggests a file name in the folder of the last export. New exports are added here: the window
// only hands over its menu and views.
class ExportHandler : public QObject {
    Q_OBJECT

public:
    struct Views {
        FunnelChart *funnel;
        CountryChart *countries;
        ProductDetailChart *detail;
        ProductTablePanel *table;
    };
    using Item = AnalysisExports::Item;
    ExportHandler(AnalysisDocument *document, const Views &views, QWidget *window);

    // (Re)builds the export menu, in the screen language.
    void fillMenu(QMenu *menu);

    // Figure 1, Figure 2 or the product detail as "png", "svg", "pdf" or "clipboard".
    void exportChart(Item item, const QString &format);
    // Bijlage 2 (the products after the last step) as "xlsx", "csv" or "docx".
    void exportConcentratedList(const QString &format);
    // The product table as shown (filters, sort order) as "xlsx", "csv" or "docx".
    void exportTable(const QString &format);
    // The annex as "docx", "odt" or "pdf".
    void exportAnnex(const QString &format);
    void editExportSettings();
    // The unit of the export settings on the table and Figure 2 (at start and after the dialog).
    void applyExportSettings();

    // The exports of the analysis as shown now, for f; also for tests.
    void withExports(const std::function<void(const AnalysisExports &)> &f) const;

signals:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message, int timeoutMs);

private:
    ChartWidget *chart(Item item) const;
    SensitivityView *sensitivityView() const; // the view beside the figures, when the window has one
    QString selectedHs6() const;
    void reportSaved(bool ok, const QString &path, const QString &error);

    AnalysisDocument *mDocument;
    Views mViews;
    QWidget *mWindow;
};

} // namespace herkomst::ui
