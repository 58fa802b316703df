#pragma once

#include <QString>

#include <xlsxwriter.h>

namespace herkomst {

// The libxlsxwriter functions the XLSX export uses. On Linux they come from a private dlopen()
// with RTLD_DEEPBIND, so libxlsxwriter uses the system minizip and never QuaZip's copy of the
// same symbols (see CMakeLists.txt); elsewhere they are the linked functions.
struct XlsxWriterLibrary {
    decltype(&::workbook_new_opt) workbookNewOpt = nullptr;
    decltype(&::workbook_set_properties) workbookSetProperties = nullptr;
    decltype(&::workbook_add_worksheet) workbookAddWorksheet = nullptr;
    decltype(&::workbook_add_format) workbookAddFormat = nullptr;
    decltype(&::workbook_close) workbookClose = nullptr;
    decltype(&::format_set_bold) formatSetBold = nullptr;
    decltype(&::format_set_font_color) formatSetFontColor = nullptr;
    decltype(&::format_set_bg_color) formatSetBgColor = nullptr;
    decltype(&::format_set_text_wrap) formatSetTextWrap = nullptr;
    decltype(&::format_set_align) formatSetAlign = nullptr;
    decltype(&::format_set_num_format) formatSetNumFormat = nullptr;
    decltype(&::worksheet_write_string) worksheetWriteString = nullptr;
    decltype(&::worksheet_write_number) worksheetWriteNumber = nullptr;
    decltype(&::worksheet_set_column) worksheetSetColumn = nullptr;
    decltype(&::worksheet_set_row) worksheetSetRow = nullptr;
    decltype(&::worksheet_freeze_panes) worksheetFreezePanes = nullptr;
    decltype(&::worksheet_autofilter) worksheetAutofilter = nullptr;
    decltype(&::lxw_strerror) strerror = nullptr;

    // Loaded once per process; nullptr with a Dutch *error when the library is missing.
    static const XlsxWriterLibrary *instance(QString *error);
};

} // namespace herkomst
