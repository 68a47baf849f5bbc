# Run by the build (extension/CMakeLists.txt): makes one .ott per sector profile of the catalogue
# and language of the toolkit (English, Welsh) into OUT ("<stage>/templates/Prevent Toolkit"): prevent-make-templates writes each template's
# parts, STYLES is added, and each is packed as ODF wants it, "mimetype" first and stored.
#   cmake -DTOOL=… -DCATALOGUE=… -DSTYLES=… -DPARTS=… -DOUT=… -DZIP=… -DSTAMP=… -P make_templates.cmake
file(REMOVE_RECURSE "${PARTS}" "${OUT}")
file(MAKE_DIRECTORY "${PARTS}" "${OUT}")
execute_process(COMMAND "${TOOL}" "${CATALOGUE}" "${PARTS}"
  OUTPUT_VARIABLE listing RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "prevent-make-templates failed (${result})")
endif()
string(REPLACE "\n" ";" lines "${listing}")
set(made 0)
foreach(line IN LISTS lines)
  if(line STREQUAL "")
    continue()
  endif()
  string(REPLACE "\t" ";" fields "${line}")
  list(GET fields 0 profile)
  list(GET fields 1 language)
  list(GET fields 2 name)
  # The styles, their default paragraph language the template's ("cy" or "en-GB"): spelling,
  # and what the toolkit writes into a document made from it, follow it.
  string(REGEX MATCH "^[a-z]+" language_only "${language}")
  string(REGEX MATCH "[A-Z][A-Z]$" country "${language}")
  if(country STREQUAL "")
    set(country "GB")
  endif()
  file(READ "${STYLES}" styles)
  string(REPLACE "fo:language=\"en\" fo:country=\"GB\""
         "fo:language=\"${language_only}\" fo:country=\"${country}\"" styles "${styles}")
  file(WRITE "${PARTS}/${profile}/styles.xml" "${styles}")
  set(ott "${OUT}/${name}.ott")
  execute_process(COMMAND "${ZIP}" -q -X -0 "${ott}" mimetype
    WORKING_DIRECTORY "${PARTS}/${profile}" RESULT_VARIABLE r1)
  execute_process(COMMAND "${ZIP}" -q -X -r -D "${ott}" . -x mimetype
    WORKING_DIRECTORY "${PARTS}/${profile}" RESULT_VARIABLE r2)
  if(NOT r1 EQUAL 0 OR NOT r2 EQUAL 0)
    message(FATAL_ERROR "packing ${ott} failed")
  endif()
  math(EXPR made "${made} + 1")
endforeach()
if(made EQUAL 0)
  message(FATAL_ERROR "no template made: the catalogue has no profile")
endif()
file(WRITE "${STAMP}" "${made}\n")
