// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/recipe.h"

#include "estran/remote/remotehost.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Estran::Remote {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Remote", text); }

Base::Error badField(const QString& where, const QString& field, const QString& why)
{
    return Base::Error(Base::Error::Kind::InvalidInput, where, tr("Field \"%1\": %2").arg(field, why));
}

Base::Error badParameter(const QString& name, const QString& why)
{
    return Base::Error(Base::Error::Kind::InvalidInput, name, tr("Parameter \"%1\": %2").arg(name, why));
}

struct TypeName {
    RecipeParameter::Type type;
    const char* name;
};
constexpr TypeName kTypes[] = {
    {RecipeParameter::Type::String, "string"},   {RecipeParameter::Type::Text, "text"},
    {RecipeParameter::Type::Integer, "integer"}, {RecipeParameter::Type::Number, "number"},
    {RecipeParameter::Type::Boolean, "boolean"}, {RecipeParameter::Type::Choice, "choice"},
    {RecipeParameter::Type::Area, "area"},       {RecipeParameter::Type::Period, "period"},
    {RecipeParameter::Type::Variable, "variable"}, {RecipeParameter::Type::Path, "path"},
};

QString typeName(RecipeParameter::Type type)
{
    for (const TypeName& t : kTypes)
        if (t.type == type) return QString::fromLatin1(t.name);
    return QStringLiteral("string");
}

QString number(double v) { return QString::number(v, 'g', QLocale::FloatingPointShortest); }

/// French when the user's locale is French and the recipe offers it ("title_fr").
QString localized(const QJsonObject& o, const QString& key)
{
    if (QLocale().language() == QLocale::French) {
        const QString fr = o.value(key + QStringLiteral("_fr")).toString();
        if (!fr.isEmpty()) return fr;
    }
    return o.value(key).toString();
}

/// ISO dates as Selection holds them; not parsed with QDate so 360-day dates (1850-02-30) pass.
const QRegularExpression& isoTime()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^-?\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$)"));
    return re;
}

/// Canonical value of one parameter (QString, qlonglong, double, bool, or for Area a list of four
/// doubles and for Period a list of two strings), or an error naming the parameter.
Base::Result<QVariant> canonical(const RecipeParameter& p, const QVariant& value)
{
    using T = RecipeParameter::Type;
    const bool isString = value.typeId() == QMetaType::QString;
    switch (p.type) {
    case T::String:
    case T::Text:
    case T::Path:
    case T::Variable: {
        if (!isString) return badParameter(p.name, tr("must be text"));
        const QString s = value.toString();
        // An environment variable cannot hold NUL, whatever the type.
        if (s.contains(QChar(0))) return badParameter(p.name, tr("contains a NUL character"));
        if (p.type == T::Variable && s.contains(u'\n')) return badParameter(p.name, tr("must be a variable name"));
        return QVariant(s);
    }
    case T::Choice: {
        const QString s = value.toString();
        if (!isString || !p.choices.contains(s))
            return badParameter(p.name, tr("must be one of %1").arg(p.choices.join(QStringLiteral(", "))));
        return QVariant(s);
    }
    case T::Integer: {
        bool ok = false;
        qlonglong v = 0;
        if (isString) v = value.toString().trimmed().toLongLong(&ok);
        else if (value.typeId() == QMetaType::Double) {
            const double d = value.toDouble();
            ok = std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9e15;
            v = qlonglong(d);
        } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong ||
                   value.typeId() == QMetaType::UInt || value.typeId() == QMetaType::ULongLong) {
            v = value.toLongLong(&ok);
        }
        if (!ok) return badParameter(p.name, tr("must be a whole number"));
        if ((p.minimum && double(v) < *p.minimum) || (p.maximum && double(v) > *p.maximum))
            return badParameter(p.name, tr("must be between %1 and %2")
                                            .arg(p.minimum ? number(*p.minimum) : QStringLiteral("-∞"),
                                                 p.maximum ? number(*p.maximum) : QStringLiteral("∞")));
        return QVariant(v);
    }
    case T::Number: {
        bool ok = false;
        double v = 0;
        if (isString) v = value.toString().trimmed().toDouble(&ok);
        else if (value.typeId() != QMetaType::Bool) v = value.toDouble(&ok);
        if (!ok || !std::isfinite(v)) return badParameter(p.name, tr("must be a number"));
        if ((p.minimum && v < *p.minimum) || (p.maximum && v > *p.maximum))
            return badParameter(p.name, tr("must be between %1 and %2")
                                            .arg(p.minimum ? number(*p.minimum) : QStringLiteral("-∞"),
                                                 p.maximum ? number(*p.maximum) : QStringLiteral("∞")));
        return QVariant(v);
    }
    case T::Boolean: {
        if (value.typeId() == QMetaType::Bool) return QVariant(value.toBool());
        const QString s = value.toString().trimmed().toLower();
        if (isString && (s == u"true" || s == u"yes" || s == u"1" || s == u"on")) return QVariant(true);
        if (isString && (s == u"false" || s == u"no" || s == u"0" || s == u"off")) return QVariant(false);
        return badParameter(p.name, tr("must be true or false"));
    }
    case T::Area: {
        QVariantList parts;
        if (isString) {
            for (const QString& part : value.toString().split(u',')) parts.append(part.trimmed());
        } else if (value.canConvert<QVariantList>() && value.typeId() != QMetaType::Bool) {
            parts = value.toList();
        }
        if (parts.size() != 4) return badParameter(p.name, tr("must be four numbers west,south,east,north in degrees"));
        QVariantList box;
        for (const QVariant& part : parts) {
            bool ok = false;
            const double v = part.toDouble(&ok);
            if (!ok || !std::isfinite(v))
                return badParameter(p.name, tr("must be four numbers west,south,east,north in degrees"));
            box.append(v);
        }
        const double w = box[0].toDouble(), s = box[1].toDouble(), e = box[2].toDouble(), n = box[3].toDouble();
        if (s < -90 || n > 90 || s > n) return badParameter(p.name, tr("latitudes must satisfy -90 ≤ south ≤ north ≤ 90"));
        if (w < -180 || w > 360 || e < -180 || e > 360)
            return badParameter(p.name, tr("longitudes must lie between -180 and 360"));
        return QVariant(box);
    }
    case T::Period: {
        QStringList parts;
        if (isString) parts = value.toString().split(u'/');
        else if (value.canConvert<QStringList>()) parts = value.toStringList();
        for (QString& part : parts) part = part.trimmed();
        if (parts.size() != 2 || !isoTime().match(parts[0]).hasMatch() || !isoTime().match(parts[1]).hasMatch())
            return badParameter(p.name, tr("must be START/END as ISO dates (2020-01-01/2020-12-31)"));
        // Zero-padded ISO dates sort as text, which also holds for 360-day calendars.
        if (parts[0] > parts[1]) return badParameter(p.name, tr("starts after it ends"));
        return QVariant(QVariantList{parts[0], parts[1]});
    }
    }
    return badParameter(p.name, tr("has an unknown type"));
}

bool isEmptyValue(const QVariant& v)
{
    return !v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

QString envName(const QString& parameter) { return QStringLiteral("ESTRAN_PARAM_") + parameter.toUpper(); }

Base::Result<RecipeParameter> parameterFromJson(const QJsonValue& value, int index, const QString& where)
{
    const QString at = QStringLiteral("parameters[%1]").arg(index);
    if (!value.isObject()) return badField(where, at, tr("must be an object"));
    const QJsonObject o = value.toObject();
    static const QStringList known{QStringLiteral("name"),    QStringLiteral("type"),     QStringLiteral("label"),
                                   QStringLiteral("label_fr"), QStringLiteral("help"),    QStringLiteral("help_fr"),
                                   QStringLiteral("default"), QStringLiteral("choices"),  QStringLiteral("min"),
                                   QStringLiteral("max"),     QStringLiteral("required")};
    for (const QString& key : o.keys())
        if (!known.contains(key)) return badField(where, at + u'.' + key, tr("unknown key"));
    for (const char* key : {"name", "type", "label", "label_fr", "help", "help_fr"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString()) return badField(where, at + u'.' + QLatin1String(key), tr("must be a string"));
    }
    RecipeParameter p;
    p.name = o.value(QStringLiteral("name")).toString();
    static const QRegularExpression nameRe(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!nameRe.match(p.name).hasMatch())
        return badField(where, at + QStringLiteral(".name"), tr("must be lower-case letters, digits and _ (starting with a letter)"));
    const QString at2 = QStringLiteral("parameters.%1").arg(p.name);
    const QString type = o.value(QStringLiteral("type")).toString();
    bool found = false;
    for (const TypeName& t : kTypes) {
        if (type == QLatin1String(t.name)) {
            p.type = t.type;
            found = true;
        }
    }
    if (!found)
        return badField(where, at2 + QStringLiteral(".type"),
                        tr("must be string, text, integer, number, boolean, choice, area, period, variable or path"));
    p.label = localized(o, QStringLiteral("label"));
    if (p.label.isEmpty()) p.label = p.name;
    p.help = localized(o, QStringLiteral("help"));
    const QJsonValue required = o.value(QStringLiteral("required"));
    if (!required.isUndefined() && !required.isBool()) return badField(where, at2 + QStringLiteral(".required"), tr("must be true or false"));
    p.required = required.toBool(false);
    const QJsonValue choices = o.value(QStringLiteral("choices"));
    if (!choices.isUndefined()) {
        if (p.type != RecipeParameter::Type::Choice)
            return badField(where, at2 + QStringLiteral(".choices"), tr("only a choice parameter has choices"));
        if (!choices.isArray()) return badField(where, at2 + QStringLiteral(".choices"), tr("must be a list of strings"));
        for (const QJsonValue& c : choices.toArray()) {
            if (!c.isString() || c.toString().isEmpty())
                return badField(where, at2 + QStringLiteral(".choices"), tr("must be a list of strings"));
            p.choices.append(c.toString());
        }
    }
    if (p.type == RecipeParameter::Type::Choice && p.choices.isEmpty())
        return badField(where, at2 + QStringLiteral(".choices"), tr("required for a choice parameter"));
    for (const char* key : {"min", "max"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) continue;
        const QString field = at2 + u'.' + QLatin1String(key);
        if (p.type != RecipeParameter::Type::Integer && p.type != RecipeParameter::Type::Number)
            return badField(where, field, tr("only integer and number parameters have limits"));
        if (!v.isDouble()) return badField(where, field, tr("must be a number"));
        (key[1] == 'i' ? p.minimum : p.maximum) = v.toDouble();
    }
    if (p.minimum && p.maximum && *p.minimum > *p.maximum)
        return badField(where, at2 + QStringLiteral(".min"), tr("is larger than max"));
    const QJsonValue def = o.value(QStringLiteral("default"));
    if (!def.isUndefined() && !def.isNull()) {
        Base::Result<QVariant> v = canonical(p, def.toVariant());
        if (!v) return badField(where, at2 + QStringLiteral(".default"), v.error().message());
        p.defaultValue = *v;
    }
    return p;
}

// The names the job folder itself uses (see the schedulers' job folder): a support file may not
// replace them, and nothing may be written into output/, which comes back as results.
constexpr const char* kJobFolderNames[] = {"job.sh",  "run.sh",  "job_name",      "stdout.log", "stderr.log",
                                           "started", "exit_code", "exit_code.part", "output",   "scheduler.log",
                                           "job_id",  "pid",     "boot_id",       "cancelled",  "timed_out"};

// Support files travel inside the job's script: a recipe is code, not data, and anything
// larger is a mistake (a data file listed by accident) that would slow every submission.
constexpr qint64 kMaxRecipeFileBytes = 8 * 1024 * 1024;
// Every file is uploaded with every submission: many small files add up the same way.
constexpr qint64 kMaxRecipeFilesTotalBytes = 16 * 1024 * 1024;

/// Whether `path` is `folder` or lies below it (both canonical).
bool isInside(const QString& path, const QString& folder)
{
    return path == folder || path.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
}

/// Reads `name` from the folder of the recipe file `where`. Links are followed only when they
/// stay inside that folder: a recipe folder is self-contained and cannot pull in ~/.ssh/id_rsa.
/// Errors name the recipe file, `field` and the entry.
Base::Result<QByteArray> readBesideRecipe(const QString& where, const QString& field, const QString& name,
                                          bool* executable)
{
    const QDir folder = QFileInfo(where).absoluteDir();
    const QFileInfo info(folder.filePath(name));
    // Empty when the file is missing or a link leads nowhere.
    const QString canonicalFile = info.canonicalFilePath();
    if (canonicalFile.isEmpty())
        return Base::Error(Base::Error::Kind::NotFound, where,
                           tr("Field \"%1\": \"%2\" does not exist in the recipe's folder").arg(field, name),
                           info.absoluteFilePath());
    const QString canonicalFolder = folder.canonicalPath();
    if (canonicalFolder.isEmpty() || !isInside(canonicalFile, canonicalFolder))
        return badField(where, field, tr("\"%1\" is a link leading out of the recipe's folder").arg(name));
    if (!info.isFile()) return badField(where, field, tr("\"%1\" is not a file").arg(name));
    if (info.size() > kMaxRecipeFileBytes)
        return badField(where, field, tr("\"%1\" is larger than 8 MiB").arg(name));
    QFile f(info.filePath());
    if (!f.open(QIODevice::ReadOnly))
        return Base::Error(Base::Error::Kind::Io, where, tr("Field \"%1\": cannot read \"%2\"").arg(field, name),
                           f.errorString());
    if (executable) *executable = info.isExecutable();
    return f.readAll();
}

/// The "files" list: relative paths of plain names below the recipe's folder, each read now.
Base::Result<QList<RecipeFile>> filesFromJson(const QJsonValue& value, const QString& where)
{
    const QString field = QStringLiteral("files");
    if (!value.isArray()) return badField(where, field, tr("must be a list of file names"));
    static const QRegularExpression partRe(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]*$"));
    QList<RecipeFile> files;
    qint64 total = 0;
    for (const QJsonValue& entry : value.toArray()) {
        if (!entry.isString() || entry.toString().isEmpty())
            return badField(where, field, tr("must be a list of file names"));
        const QString name = entry.toString();
        if (name.startsWith(u'/') || name.startsWith(u'~'))
            return badField(where, field,
                            tr("\"%1\" is not relative: name a file inside the recipe's folder").arg(name));
        const QStringList parts = name.split(u'/');
        if (parts.contains(QStringLiteral("..")))
            return badField(where, field, tr("\"%1\" leaves the recipe's folder (\"..\")").arg(name));
        for (const QString& part : parts) {
            if (!partRe.match(part).hasMatch())
                return badField(where, field,
                                tr("\"%1\": each part of the path must be letters, digits, '.', '_' and '-', "
                                   "not starting with '.' or '-'")
                                    .arg(name));
        }
        for (const char* reserved : kJobFolderNames) {
            if (parts.first() == QLatin1String(reserved))
                return badField(where, field, tr("\"%1\" would replace the job folder's own \"%2\"")
                                                  .arg(name, QLatin1String(reserved)));
        }
        for (const RecipeFile& other : files)
            if (other.name == name) return badField(where, field, tr("\"%1\" is listed twice").arg(name));
        RecipeFile file;
        file.name = name;
        Base::Result<QByteArray> content = readBesideRecipe(where, field, name, &file.executable);
        if (!content) return content.error();
        file.content = *content;
        total += file.content.size();
        if (total > kMaxRecipeFilesTotalBytes)
            return badField(where, field, tr("the files listed are larger than 16 MiB together"));
        files.append(file);
    }
    return files;
}

/// Bash that writes the support files into the current folder (the job folder), decoded from
/// base64 here-documents: base64 text can never contain the end marker nor be expanded, and
/// binary files survive.
QByteArray fileWriter(const QList<RecipeFile>& files)
{
    if (files.isEmpty()) return {};
    QByteArray out =
        "estran_file() {\n"
        "  { case \"$1\" in */*) mkdir -p -- \"${1%/*}\" ;; esac && base64 -d > \"$1\" &&\n"
        "    { [ \"$2\" = 0 ] || chmod +x -- \"$1\"; }; } ||\n"
        "    { echo \"estran: recipe $ESTRAN_RECIPE could not write its file '$1' in $PWD\" >&2; exit 1; }\n"
        "}\n";
    for (const RecipeFile& file : files) {
        out += "estran_file " + shellQuote(file.name).toUtf8() + (file.executable ? " 1" : " 0") +
               " <<'ESTRAN_RECIPE_FILE'\n";
        const QByteArray encoded = file.content.toBase64();
        for (qsizetype i = 0; i < encoded.size(); i += 76) out += encoded.mid(i, 76) + '\n';
        out += "ESTRAN_RECIPE_FILE\n";
    }
    out += "unset -f estran_file\n";
    return out;
}

}  // namespace

QString recipeParameterTypeName(RecipeParameter::Type type) { return typeName(type); }

Base::Result<Recipe> Recipe::fromJson(const QJsonObject& o, const QString& where)
{
    static const QStringList known{QStringLiteral("id"),          QStringLiteral("title"),
                                   QStringLiteral("title_fr"),    QStringLiteral("description"),
                                   QStringLiteral("description_fr"), QStringLiteral("parameters"),
                                   QStringLiteral("tools"),       QStringLiteral("resources"),
                                   QStringLiteral("script"),      QStringLiteral("script_file"),
                                   QStringLiteral("files")};
    for (const QString& key : o.keys())
        if (!known.contains(key)) return badField(where, key, tr("unknown key"));
    for (const char* key : {"id", "title", "title_fr", "description", "description_fr", "script", "script_file"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString()) return badField(where, QLatin1String(key), tr("must be a string"));
    }
    Recipe r;
    r.id = o.value(QStringLiteral("id")).toString();
    if (r.id.isEmpty()) r.id = QFileInfo(where).completeBaseName();
    static const QRegularExpression idRe(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    if (!idRe.match(r.id).hasMatch())
        return badField(where, QStringLiteral("id"), tr("must be lower-case letters, digits, - and _"));
    r.title = localized(o, QStringLiteral("title"));
    if (r.title.isEmpty()) return badField(where, QStringLiteral("title"), tr("required"));
    r.description = localized(o, QStringLiteral("description"));

    const QJsonValue params = o.value(QStringLiteral("parameters"));
    if (!params.isUndefined()) {
        if (!params.isArray()) return badField(where, QStringLiteral("parameters"), tr("must be a list"));
        const QJsonArray list = params.toArray();
        for (int i = 0; i < list.size(); ++i) {
            Base::Result<RecipeParameter> p = parameterFromJson(list.at(i), i, where);
            if (!p) return p.error();
            for (const RecipeParameter& other : r.parameters)
                if (other.name == p->name)
                    return badField(where, QStringLiteral("parameters.%1").arg(p->name), tr("defined twice"));
            r.parameters.append(*p);
        }
    }
    const QJsonValue tools = o.value(QStringLiteral("tools"));
    if (!tools.isUndefined()) {
        if (!tools.isArray()) return badField(where, QStringLiteral("tools"), tr("must be a list of program names"));
        static const QRegularExpression toolRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._+-]*$"));
        for (const QJsonValue& t : tools.toArray()) {
            if (!t.isString() || !toolRe.match(t.toString()).hasMatch())
                return badField(where, QStringLiteral("tools"), tr("must be a list of program names"));
            r.tools.append(t.toString());
        }
    }
    const QJsonValue resources = o.value(QStringLiteral("resources"));
    if (!resources.isUndefined()) {
        if (!resources.isObject()) return badField(where, QStringLiteral("resources"), tr("must be an object"));
        const QJsonObject res = resources.toObject();
        for (const QString& key : res.keys()) {
            const QString field = QStringLiteral("resources.") + key;
            int* slot = key == u"cpus" ? &r.cpus
                        : key == u"memory_mb" ? &r.memoryMb
                        : key == u"walltime_minutes" ? &r.walltimeMinutes
                                                      : nullptr;
            if (!slot) return badField(where, field, tr("unknown key"));
            const QJsonValue v = res.value(key);
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d != std::floor(d) || d < (slot == &r.cpus ? 1 : 0) || d > 1e7)
                return badField(where, field, tr("must be a whole number (cpus at least 1)"));
            *slot = int(d);
        }
    }
    const bool inlineScript = o.contains(QStringLiteral("script"));
    const bool fileScript = o.contains(QStringLiteral("script_file"));
    if (inlineScript == fileScript)
        return badField(where, QStringLiteral("script"), tr("give either \"script\" or \"script_file\""));
    if (inlineScript) {
        r.script = o.value(QStringLiteral("script")).toString();
    } else {
        const QString name = o.value(QStringLiteral("script_file")).toString();
        // Beside the JSON only: a recipe folder is self-contained and cannot point elsewhere.
        if (name.isEmpty() || name.contains(u'/') || name.startsWith(u'.'))
            return badField(where, QStringLiteral("script_file"), tr("must be a file name beside the recipe"));
        QFile f(QFileInfo(where).dir().filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return Base::Error(Base::Error::Kind::NotFound, f.fileName(), tr("Cannot read the recipe's script"),
                               f.errorString());
        f.close();
        Base::Result<QByteArray> text = readBesideRecipe(where, QStringLiteral("script_file"), name, nullptr);
        if (!text) return text.error();
        r.script = QString::fromUtf8(*text);
    }
    if (r.script.trimmed().isEmpty()) return badField(where, QStringLiteral("script"), tr("is empty"));
    const QJsonValue files = o.value(QStringLiteral("files"));
    if (!files.isUndefined()) {
        Base::Result<QList<RecipeFile>> list = filesFromJson(files, where);
        if (!list) return list.error();
        r.files = *list;
    }
    return r;
}

Base::Result<Recipe> Recipe::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Base::Error(Base::Error::Kind::NotFound, path, tr("Cannot read the recipe"), f.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Base::Error(Base::Error::Kind::InvalidInput, path, tr("Not valid JSON"),
                           QStringLiteral("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject()) return Base::Error(Base::Error::Kind::InvalidInput, path, tr("A recipe must be a JSON object"));
    return fromJson(doc.object(), path);
}

Base::Result<QVariantMap> Recipe::resolve(const QVariantMap& values, const Base::Selection* selection) const
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        const bool known = std::any_of(parameters.begin(), parameters.end(),
                                       [&](const RecipeParameter& p) { return p.name == it.key(); });
        if (!known)
            return Base::Error(Base::Error::Kind::InvalidInput, it.key(),
                               tr("Recipe \"%1\" has no parameter \"%2\"").arg(id, it.key()));
    }
    QVariantMap resolved;
    for (const RecipeParameter& p : parameters) {
        QVariant value = p.defaultValue;
        if (selection) {
            using T = RecipeParameter::Type;
            if (p.type == T::Area) {
                if (const std::optional<Base::GeoBox> box = selection->boundingBox())
                    value = QVariantList{box->west, box->south, box->east, box->north};
            } else if (p.type == T::Period && !selection->timeStart.isEmpty() && !selection->timeEnd.isEmpty()) {
                value = QVariantList{selection->timeStart, selection->timeEnd};
            } else if (p.type == T::Variable && !selection->variables.isEmpty()) {
                value = selection->variables.first();
            }
        }
        if (values.contains(p.name)) value = values.value(p.name);
        if (isEmptyValue(value) || (value.typeId() == QMetaType::QVariantList && value.toList().isEmpty())) {
            // An empty value is "not given"; the form shows empty fields for optional parameters.
            if (p.required) return badParameter(p.name, tr("is required"));
            continue;
        }
        Base::Result<QVariant> v = canonical(p, value);
        if (!v) return v.error();
        resolved.insert(p.name, *v);
    }
    return resolved;
}

Base::Result<JobRequest> Recipe::jobRequest(const QVariantMap& resolvedValues) const
{
    // Checked again: a caller may hand over values that never went through resolve().
    Base::Result<QVariantMap> values = resolve(resolvedValues);
    if (!values) return values.error();
    JobRequest request;
    request.name = id;
    request.cpus = cpus;
    request.memoryMb = memoryMb;
    request.walltimeMinutes = walltimeMinutes;
    request.environment.insert(QStringLiteral("ESTRAN_RECIPE"), id);
    request.environment.insert(QStringLiteral("ESTRAN_RECIPE_TOOLS"), tools.join(u' '));
    for (const RecipeParameter& p : parameters) {
        const QString name = envName(p.name);
        const QVariant v = values->value(p.name);
        // Unset optional parameters are still exported (empty), so scripts may use `set -u`.
        QString text;
        if (v.isValid()) {
            switch (p.type) {
            case RecipeParameter::Type::Area: {
                const QVariantList box = v.toList();
                static const char* const sides[] = {"_WEST", "_SOUTH", "_EAST", "_NORTH"};
                QStringList parts;
                for (int i = 0; i < 4; ++i) {
                    parts.append(number(box[i].toDouble()));
                    request.environment.insert(name + QLatin1String(sides[i]), parts.last());
                }
                text = parts.join(u',');
                break;
            }
            case RecipeParameter::Type::Period: {
                const QVariantList period = v.toList();
                request.environment.insert(name + QStringLiteral("_START"), period[0].toString());
                request.environment.insert(name + QStringLiteral("_END"), period[1].toString());
                text = period[0].toString() + u'/' + period[1].toString();
                break;
            }
            case RecipeParameter::Type::Boolean: text = v.toBool() ? QStringLiteral("1") : QStringLiteral("0"); break;
            case RecipeParameter::Type::Number: text = number(v.toDouble()); break;
            case RecipeParameter::Type::Integer: text = QString::number(v.toLongLong()); break;
            default: text = v.toString(); break;
            }
        } else if (p.type == RecipeParameter::Type::Area) {
            for (const char* side : {"_WEST", "_SOUTH", "_EAST", "_NORTH"}) request.environment.insert(name + QLatin1String(side), {});
        } else if (p.type == RecipeParameter::Type::Period) {
            request.environment.insert(name + QStringLiteral("_START"), {});
            request.environment.insert(name + QStringLiteral("_END"), {});
        }
        request.environment.insert(name, text);
    }
    // The tool check reads the list from the environment too: nothing from the recipe or the
    // user is pasted into the script's text.
    request.script = QByteArrayLiteral(
                         "for estran_tool in $ESTRAN_RECIPE_TOOLS; do\n"
                         "  if ! command -v \"$estran_tool\" >/dev/null 2>&1; then\n"
                         "    echo \"estran: recipe $ESTRAN_RECIPE needs '$estran_tool', which is not installed on "
                         "$(hostname) (add a 'module load' line to the profile's setup)\" >&2\n"
                         "    exit 127\n"
                         "  fi\n"
                         "done\n"
                         "unset estran_tool\n") +
                     fileWriter(files) + script.toUtf8();
    return request;
}

}  // namespace Estran::Remote
