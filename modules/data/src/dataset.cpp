// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/data/dataset.h"
#include "estran/data/datasetreader.h"

namespace Estran::Data {

Dataset::~Dataset() = default;
DatasetReader::~DatasetReader() = default;

std::optional<VariableInfo> Dataset::variable(const QString& name) const
{
    for (const VariableInfo& info : variables()) {
        if (info.name == name) return info;
    }
    // Accept a leading slash for root variables and its absence for grouped ones.
    const QString alt = name.startsWith(u'/') ? name.mid(1) : u'/' + name;
    for (const VariableInfo& info : variables()) {
        if (info.name == alt) return info;
    }
    return std::nullopt;
}

QString dataTypeName(DataType type)
{
    switch (type) {
    case DataType::Int8: return QStringLiteral("int8");
    case DataType::UInt8: return QStringLiteral("uint8");
    case DataType::Int16: return QStringLiteral("int16");
    case DataType::UInt16: return QStringLiteral("uint16");
    case DataType::Int32: return QStringLiteral("int32");
    case DataType::UInt32: return QStringLiteral("uint32");
    case DataType::Int64: return QStringLiteral("int64");
    case DataType::UInt64: return QStringLiteral("uint64");
    case DataType::Float32: return QStringLiteral("float32");
    case DataType::Float64: return QStringLiteral("float64");
    case DataType::String: return QStringLiteral("string");
    case DataType::Other: break;
    }
    return QStringLiteral("other");
}

}  // namespace Estran::Data
