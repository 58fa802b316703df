#pragma once

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace herkomst {
struct ExportTable;
}

namespace herkomst::ui {

class AnalysisDocument;
class ChartWidget;
class CountryChart;
class FunnelChart;
class ProductDetailChart;
class ProductTablePanel;

// File → Exporteren: each chart as PNG, SVG, PDF or to the clipboard, the product table as shown
// to XLSX or CSV, the annex (ODT, PDF) and the export settings. New exports are added here: the
// window only hands over its menu and views.
class ExportHandler : public QObject {
    Q_OBJECT

public:
    struct Views {
        FunnelChart *funnel;
        CountryChart *countries;
        ProductDetailChart *detail;
        ProductTablePanel *table;
    };
    ExportHandler(AnalysisDocument *document, const Views &views, QWidget *window);

    // (Re)builds the export menu, in the screen language.
    void fillMenu(QMenu *menu);
    // The product table as shown (filters, sort order), for XLSX and CSV.
    ExportTable productExportTable() const;

    void exportChart(ChartWidget *chart, const QString &format);
    void exportTable(const QString &format);
    void exportAnnex(const QString &format);
    void editExportSettings();

signals:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message, int timeoutMs);

private:
    QString askExportPath(const QString &title, const QString &format, const QString &filter);
    void reportSaved(bool ok, const QString &path, const QString &error);

    AnalysisDocument *mDocument;
    Views mViews;
    QWidget *mWindow;
};

} // namespace herkomst::ui
