#include "export/xlsxwriterlibrary.h"

#include <QCoreApplication>

#ifdef HERKOMST_XLSXWRITER_DLOPEN
#include <dlfcn.h>
#endif

namespace herkomst {

namespace {

struct Loaded {
    XlsxWriterLibrary library;
    QString error;
};

#ifdef HERKOMST_XLSXWRITER_DLOPEN
template <typename Function>
bool resolve(void *handle, const char *name, Function &function)
{
    function = reinterpret_cast<Function>(dlsym(handle, name));
    return function != nullptr;
}
#define HERKOMST_RESOLVE(member, name) ok = resolve(handle, #name, lib.member) && ok
#else
#define HERKOMST_RESOLVE(member, name) lib.member = &::name
#endif

Loaded load()
{
    Loaded loaded;
    XlsxWriterLibrary &lib = loaded.library;
    bool ok = true;
#ifdef HERKOMST_XLSXWRITER_DLOPEN
    void *handle = nullptr;
    for (const char *name : {"libxlsxwriter.so.4", "libxlsxwriter.so.5", "libxlsxwriter.so"}) {
        handle = dlopen(name, RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
        if (handle)
            break;
    }
    if (!handle) {
        loaded.error =
            QCoreApplication::translate("TableExport", "De bibliotheek libxlsxwriter ontbreekt; installeer het "
                                                       "pakket libxlsxwriter4 om naar XLSX te exporteren.");
        return loaded;
    }
#endif
    HERKOMST_RESOLVE(workbookNewOpt, workbook_new_opt);
    HERKOMST_RESOLVE(workbookSetProperties, workbook_set_properties);
    HERKOMST_RESOLVE(workbookAddWorksheet, workbook_add_worksheet);
    HERKOMST_RESOLVE(workbookAddFormat, workbook_add_format);
    HERKOMST_RESOLVE(workbookClose, workbook_close);
    HERKOMST_RESOLVE(formatSetBold, format_set_bold);
    HERKOMST_RESOLVE(formatSetFontColor, format_set_font_color);
    HERKOMST_RESOLVE(formatSetBgColor, format_set_bg_color);
    HERKOMST_RESOLVE(formatSetTextWrap, format_set_text_wrap);
    HERKOMST_RESOLVE(formatSetAlign, format_set_align);
    HERKOMST_RESOLVE(formatSetNumFormat, format_set_num_format);
    HERKOMST_RESOLVE(worksheetWriteString, worksheet_write_string);
    HERKOMST_RESOLVE(worksheetWriteNumber, worksheet_write_number);
    HERKOMST_RESOLVE(worksheetSetColumn, worksheet_set_column);
    HERKOMST_RESOLVE(worksheetSetRow, worksheet_set_row);
    HERKOMST_RESOLVE(worksheetFreezePanes, worksheet_freeze_panes);
    HERKOMST_RESOLVE(worksheetAutofilter, worksheet_autofilter);
    HERKOMST_RESOLVE(strerror, lxw_strerror);
    if (!ok)
        loaded.error =
            QCoreApplication::translate("TableExport", "De geïnstalleerde libxlsxwriter mist functies die de "
                                                       "XLSX-export nodig heeft.");
    return loaded;
}

#undef HERKOMST_RESOLVE

} // namespace

const XlsxWriterLibrary *XlsxWriterLibrary::instance(QString *error)
{
    static const Loaded loaded = load();
    if (!loaded.error.isEmpty()) {
        if (error)
            *error = loaded.error;
        return nullptr;
    }
    return &loaded.library;
}

} // namespace herkomst
