#pragma once

#include "export/chartexporter.h"

#include <QDialog>
#include <QString>

class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace herkomst::ui {

// What a user sets once for every figure that goes into a Kamerbrief draft: the size, the
// resolution and the source line of the caption. Remembered in QSettings.
struct ExportSettings {
    double widthCm = 16.0; // text width of an A4 letter
    int dpi = 300;
    QString sourceLine; // empty: the default for the data's source ("Bron: CBS, bewerking BZ", ...)

    ChartExportOptions chartOptions() const;
    static ExportSettings load();
    void save() const;
};

class ExportSettingsDialog : public QDialog {
    Q_OBJECT
public:
    // defaultSourceLine is shown as the placeholder of an empty source line.
    ExportSettingsDialog(const ExportSettings &settings, const QString &defaultSourceLine, QWidget *parent = nullptr);
    ExportSettings settings() const;

private:
    QDoubleSpinBox *mWidth;
    QSpinBox *mDpi;
    QLineEdit *mSourceLine;
};

} // namespace herkomst::ui
