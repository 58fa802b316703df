#include "window/exportsettings.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace herkomst::ui {

ChartExportOptions ExportSettings::chartOptions() const
{
    ChartExportOptions options;
    options.widthCm = widthCm;
    options.dpi = dpi;
    return options;
}

ExportSettings ExportSettings::load()
{
    QSettings settings;
    ExportSettings result;
    result.widthCm = settings.value(QStringLiteral("export/widthCm"), result.widthCm).toDouble();
    result.dpi = settings.value(QStringLiteral("export/dpi"), result.dpi).toInt();
    result.sourceLine = settings.value(QStringLiteral("export/sourceLine")).toString();
    // A damaged settings file must not produce an unusable export size.
    if (!(result.widthCm >= 2.0 && result.widthCm <= 100.0))
        result.widthCm = ExportSettings().widthCm;
    if (result.dpi < 72 || result.dpi > 1200)
        result.dpi = ExportSettings().dpi;
    return result;
}

void ExportSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("export/widthCm"), widthCm);
    settings.setValue(QStringLiteral("export/dpi"), dpi);
    settings.setValue(QStringLiteral("export/sourceLine"), sourceLine.trimmed());
}

ExportSettingsDialog::ExportSettingsDialog(const ExportSettings &settings, const QString &defaultSourceLine,
                                           QWidget *parent)
    : QDialog(parent), mWidth(new QDoubleSpinBox(this)), mDpi(new QSpinBox(this)), mSourceLine(new QLineEdit(this))
{
    setWindowTitle(tr("Exportinstellingen"));
    mWidth->setRange(2.0, 100.0);
    mWidth->setDecimals(1);
    mWidth->setSuffix(tr(" cm"));
    mWidth->setValue(settings.widthCm);
    mWidth->setToolTip(tr("Breedte van de figuur; 16 cm is de tekstbreedte van een A4-brief."));
    mDpi->setRange(72, 1200);
    mDpi->setSuffix(tr(" dpi"));
    mDpi->setValue(settings.dpi);
    mDpi->setToolTip(tr("Resolutie van PNG-afbeeldingen en het klembord; SVG en PDF blijven vectorafbeeldingen."));
    mSourceLine->setText(settings.sourceLine);
    mSourceLine->setPlaceholderText(defaultSourceLine);
    mSourceLine->setToolTip(tr("De eerste zin van het onderschrift. Leeg: de standaardbron van de gegevens. "
                               "Bij synthetische demodata vermeldt het onderschrift dat altijd."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Breedte:"), mWidth);
    form->addRow(tr("&Resolutie:"), mDpi);
    form->addRow(tr("B&ronregel:"), mSourceLine);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const ExportSettings defaults;
        mWidth->setValue(defaults.widthCm);
        mDpi->setValue(defaults.dpi);
        mSourceLine->clear();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ExportSettings ExportSettingsDialog::settings() const
{
    ExportSettings result;
    result.widthCm = mWidth->value();
    result.dpi = mDpi->value();
    result.sourceLine = mSourceLine->text().trimmed();
    return result;
}

} // namespace herkomst::ui
