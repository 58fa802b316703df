#pragma once

#include "export/chartexporter.h"
#include "export/valueunit.h"

#include <QDialog>
#include <QString>
#include <memory>

namespace herkomst::ui {

namespace Ui {
class ExportSettingsDialog;
}

// What a user sets once for everything that goes into a Kamerbrief draft: the figures' size and
// resolution, the unit of trade values (table, Figure 2, Bijlage 2, every export), how SVG keeps
// its text, and the source line of the caption. Remembered in QSettings.
struct ExportSettings {
    double widthCm = 16.0; // text width of an A4 letter
    int dpi = 300;
    herkomst::ValueUnit unit = herkomst::ValueUnit::Millions;
    bool svgTextAsPaths = false;
    QString sourceLine; // empty: the default for the data's source ("Bron: CBS, figuur BZ", ...)

    ChartExportOptions chartOptions() const;
    static ExportSettings load();
    void save() const;
};

class ExportSettingsDialog : public QDialog {
    Q_OBJECT
public:
    // defaultSourceLine is shown as the placeholder of an empty source line.
    ExportSettingsDialog(const ExportSettings &settings, const QString &defaultSourceLine, QWidget *parent = nullptr);
    ~ExportSettingsDialog() override;
    ExportSettings settings() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill(const ExportSettings &settings);

    std::unique_ptr<Ui::ExportSettingsDialog> mUi;
};

} // namespace herkomst::ui
