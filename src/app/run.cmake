# `cmake --build --preset default --target run`: imports the bundled sample corpus into the
# default database and opens the application, or, with no display, prints the corpus summary.
# Called with -DCLI=... -DAPP=... -DCORPUS=...
foreach(var CLI APP CORPUS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "run.cmake needs -D${var}=...")
    endif()
endforeach()

# The report names its own symbol; the committee report's text does not, so it is given.
set(imports
    "A/77/96|${CORPUS}/A-77-96.zh.txt"
    "A/79/416|${CORPUS}/first-committee-79-item-106-report.zh.txt")
foreach(item IN LISTS imports)
    string(REPLACE "|" ";" parts "${item}")
    list(GET parts 0 symbol)
    list(GET parts 1 file)
    execute_process(COMMAND "${CLI}" import --symbol "${symbol}" "${file}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "importing ${file} failed")
    endif()
endforeach()

if(DEFINED ENV{DISPLAY} OR DEFINED ENV{WAYLAND_DISPLAY})
    execute_process(COMMAND "${APP}")
else()
    message(STATUS "No display: the corpus as the command-line tool sees it")
    execute_process(COMMAND "${CLI}" documents)
    execute_process(COMMAND "${CLI}" submissions)
endif()
