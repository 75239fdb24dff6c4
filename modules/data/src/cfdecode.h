// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/data/variableinfo.h"

#include <QString>
#include <QVariant>

#include <cstddef>
#include <limits>
#include <vector>

namespace Estran::Data::detail {

/// A numeric attribute as read from the file: its type matters for CF decoding
/// (valid_range is in packed units when it has the variable's type).
struct NumericAttribute {
    bool present = false;
    DataType type = DataType::Other;
    std::vector<double> values;
};

/// The attributes that decide how raw values become physical values.
struct DecodeAttributes {
    NumericAttribute scaleFactor, addOffset, fillValue, missingValue, validMin, validMax, validRange;
    bool unsignedFlag = false;  ///< _Unsigned = "true"
};

/// The member of `attributes` a CF attribute called `name` fills (scale_factor, add_offset,
/// _FillValue, missing_value, valid_min/max/range), or nullptr for any other name.
NumericAttribute* decodeTarget(DecodeAttributes& attributes, const QString& name);
/// A numeric attribute's values as the attribute panel shows them: one value or a list,
/// integers kept as integers.
QVariant numericAttributeValue(const std::vector<double>& values, bool integer);

/// How to turn stored values into physical ones. Every comparison happens on raw values (the
/// stored type, reinterpreted as unsigned when _Unsigned says so), as CF prescribes.
struct DecodeSpec {
    DataType rawType = DataType::Float32;  ///< effective type of the stored values
    bool packed = false;
    double scale = 1.0;
    double offset = 0.0;
    bool hasFill = false;
    double fill = 0.0;
    std::vector<double> missing;
    double validLow = -std::numeric_limits<double>::infinity();
    double validHigh = std::numeric_limits<double>::infinity();
};

/// Effective type of a stored type once _Unsigned="true" is applied.
DataType unsignedVariant(DataType type);
/// Size in bytes of one element; 0 for non-numeric types.
int dataTypeSize(DataType type);
bool isNumeric(DataType type);

/// `storedType` is the type on disk (signed when _Unsigned is used); `defaultFill` is the
/// netCDF default fill of that type, applied when _FillValue is absent (nullptr: none).
DecodeSpec makeDecodeSpec(DataType storedType, const DecodeAttributes& attributes,
                          const double* defaultFill);

/// Decodes `count` raw values (spec.rawType) into floats; invalid cells become NaN.
/// `in` may alias `out` when the raw type is Float32. Returns valid min/max through the refs
/// (NaN when no cell is valid).
void decodeToFloat(const void* in, std::size_t count, const DecodeSpec& spec, float* out,
                   float& minimum, float& maximum);
/// Same in double precision, without min/max.
void decodeToDouble(const void* in, std::size_t count, const DecodeSpec& spec, double* out);

}  // namespace Estran::Data::detail
