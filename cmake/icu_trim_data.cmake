# Run as ICU's patch step (cmake/bundled_icu.cmake): cuts the prebuilt data of ICU's source
# (source/data/in/icudt72l.dat, 31 MB) down to the items in ITEMS, and lets ICU's build package a
# data file whose break rules name dictionaries it does not carry (icupkg --ignore-deps).
# -DSOURCE_DIR=<unpacked source> -DICUPKG=<icupkg> -DITEMS=<list> -DWORK=<scratch folder>
set(dat ${SOURCE_DIR}/source/data/in/icudt72l.dat)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/all ${WORK}/kept)
execute_process(COMMAND ${ICUPKG} -d ${WORK}/all -x * ${dat} RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "icupkg could not unpack ${dat}")
endif()
# The package's name is its items' prefix: it must be icudt72l.dat.
execute_process(COMMAND ${ICUPKG} -tl --ignore-deps -s ${WORK}/all -a ${ITEMS} new icudt72l.dat
                WORKING_DIRECTORY ${WORK}/kept RESULT_VARIABLE failed ERROR_QUIET)
if(failed OR NOT EXISTS ${WORK}/kept/icudt72l.dat)
  message(FATAL_ERROR "icupkg could not pack the items of ${ITEMS}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E copy ${WORK}/kept/icudt72l.dat ${dat})
file(REMOVE_RECURSE ${WORK})

set(makefile ${SOURCE_DIR}/source/data/Makefile.in)
file(READ ${makefile} text)
string(REPLACE "icupkg -d $(BUILDDIR) --list -x" "icupkg --ignore-deps -d $(BUILDDIR) --list -x"
       patched "${text}")
if(patched STREQUAL text AND NOT text MATCHES "--ignore-deps")
  message(FATAL_ERROR "${makefile} has no icupkg line to patch: another ICU version?")
endif()
file(WRITE ${makefile} "${patched}")
