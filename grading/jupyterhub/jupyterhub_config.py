"""Example JupyterHub config (JupyterHub 5.x or 6.x) for one cohort of the codependency course.

Read grading/jupyterhub/README.md first: it explains every step this file relies on (the
accounts, the shared exchange, the PostgreSQL gradebook, the trainee materials under
/opt/codependency-course and the grader's private clone).

Every value you must change is marked CHANGE-ME; each can also be given in the environment
the hub starts in (CODEPENDENCY_HUB_VENV, ..._GRADER, ..._GRADER_HOME, ..._SHARED, ..._EXCHANGE,
..._DB_URL, ..._INSTRUCTORS and ..._TRAINEES as comma-separated names, ..._SERVICE_PORT); the
course's own JupyterHub test runs this very file that way. The layout follows nbgrader's
"One class, multiple graders" example and its demos/demo_one_class_multiple_graders config:
the formgrader runs as a JupyterHub-managed service owned by one grader account, the
`formgrade-<course>` group may open it, and trainees are in `nbgrader-<course>`.

It assumes local system accounts (the default PAM authenticator) and the default
LocalProcessSpawner (or SystemdSpawner) on one machine, so the exchange folder is one
shared directory. The hub process runs as root and needs Python 3.9 or newer (the lesson
copy below uses subprocess's user=/group= arguments).
"""

import asyncio
import os
import pwd


def _setting(name, default):
    """A placeholder's value: CODEPENDENCY_HUB_<NAME> from the environment, else the default."""
    return os.environ.get(f"CODEPENDENCY_HUB_{name}", default)


def _names(name, default):
    value = os.environ.get(f"CODEPENDENCY_HUB_{name}")
    return [n.strip() for n in value.split(",") if n.strip()] if value else default


c = get_config()  # noqa: F821 (provided by JupyterHub when it loads this file)

# --------------------------------------------------------------------------------------
# Placeholders
# --------------------------------------------------------------------------------------

# The Python environment that holds jupyterhub, jupyterlab, nbgrader and the course package
# (the "single-user environment"; see README step 2).
VENV = _setting("VENV", "/opt/jupyterhub/venv")  # CHANGE-ME

# The nbgrader course id. The formgrader service MUST have this name (nbgrader's guide), and
# codependency_course.instructor.course_config sets the same id, so leave it as it is.
COURSE_ID = "codependency-course"
GRADER = _setting("GRADER", f"grader-{COURSE_ID}")  # the one system account that owns the course files
GRADER_HOME = _setting("GRADER_HOME", f"/home/{GRADER}")  # CHANGE-ME if your homes live elsewhere

# Trainee-visible materials (lessons and the trainee view, never source/ with the keys).
SHARED = _setting("SHARED", "/opt/codependency-course")  # CHANGE-ME (README step 6: the trainee kit)
LESSONS_DIR = "codependency-course"  # each trainee's copy: ~/codependency-course

# The three course settings read by codependency_course.instructor.course_config.
EXCHANGE = _setting("EXCHANGE", "/srv/nbgrader/exchange")  # README step 3
# No password here: the grader account keeps it in ~/.pgpass (README step 4).
DB_URL = _setting("DB_URL", "postgresql://grader_codependency@127.0.0.1:5432/codependency_gradebook")  # CHANGE-ME
TIMEOUT = "60"  # seconds one cell may run while grading

# People. Usernames are hub (and system) account names, never client details.
INSTRUCTORS = _names("INSTRUCTORS", ["CHANGE-ME-instructor1"])
TRAINEES = _names("TRAINEES", ["CHANGE-ME-trainee01", "CHANGE-ME-trainee02"])

# A free local port for the formgrader service.
SERVICE_PORT = int(_setting("SERVICE_PORT", "9999"))  # CHANGE-ME if the port is taken

# True: trainees get the trainee view by JUPYTER_CONFIG_DIR (README step 8, option A).
# False: you disabled the instructor extensions at sys-prefix level instead (option B).
USE_TRAINEE_CONFIG_DIR = True

COURSE_ENV = {
    "CODEPENDENCY_COURSE_EXCHANGE": EXCHANGE,
    "CODEPENDENCY_COURSE_DB_URL": DB_URL,
    "CODEPENDENCY_COURSE_TIMEOUT": TIMEOUT,
}
SEARCH_PATH = f"{VENV}/bin:/usr/local/bin:/usr/bin:/bin"

# --------------------------------------------------------------------------------------
# Who may log in
# --------------------------------------------------------------------------------------

# JupyterHub 5 admits nobody unless an allow rule is set. The grader account is not listed:
# nobody logs in as it; it only owns the formgrader service.
c.Authenticator.allowed_users = set(INSTRUCTORS) | set(TRAINEES)
# Hub administrators are optional and are not needed to run the course.
# c.Authenticator.admin_users = {"CHANGE-ME-hub-admin"}

# c.JupyterHub.bind_url = "http://127.0.0.1:8000"  # CHANGE-ME: serve it behind HTTPS

# --------------------------------------------------------------------------------------
# Groups and roles (nbgrader's naming: formgrade-<course>, nbgrader-<course>)
# --------------------------------------------------------------------------------------

# load_groups only ever adds: removing someone later is done in the admin page or the
# REST API, not by deleting them here.
c.JupyterHub.load_groups = {  # JupyterHub 5+: {name: {"users": [...]}}
    f"formgrade-{COURSE_ID}": {"users": INSTRUCTORS},
    f"nbgrader-{COURSE_ID}": {"users": TRAINEES},
}

c.JupyterHub.load_roles = [
    {
        # instructors may open the formgrader service and see it in the services API
        "name": f"formgrade-{COURSE_ID}",
        "groups": [f"formgrade-{COURSE_ID}"],
        "scopes": [
            f"access:services!service={COURSE_ID}",
            "list:services",
            f"read:services!service={COURSE_ID}",
        ],
    },
    {
        # trainees may discover the course service (needed by nbgrader's JupyterHubAuthPlugin;
        # harmless here, where the course id is fixed in the trainee config)
        "name": f"nbgrader-{COURSE_ID}",
        "groups": [f"nbgrader-{COURSE_ID}"],
        "scopes": ["list:services", f"read:services!service={COURSE_ID}"],
    },
    # nbgrader's demos also give the "server" role the scope "inherit" so that the
    # Course List panel on an instructor's own server can query the hub. This setup does
    # not use that panel (instructors open the service directly), so it is left out.
]

# --------------------------------------------------------------------------------------
# The formgrader, as a hub-managed service running as the grader account
# --------------------------------------------------------------------------------------

c.JupyterHub.services = [
    {
        "name": COURSE_ID,  # nbgrader: the service name MUST match the course id
        "url": f"http://127.0.0.1:{SERVICE_PORT}",
        "command": [f"{VENV}/bin/jupyterhub-singleuser"],  # add "--debug" while setting up
        "user": GRADER,
        "cwd": GRADER_HOME,
        # instructors reach it through the hub's OAuth; skip the "authorize access?" page
        "oauth_no_confirm": True,
        "environment": {
            **COURSE_ENV,
            "PATH": SEARCH_PATH,  # so its terminals find `codependency-course` and `nbgrader`
            "HOME": GRADER_HOME,  # ~/.jupyter/nbgrader_config.py and ~/.pgpass live here
            # nbgrader's demo lands on /lab. JupyterHub 4.1+ forbids the iframe that Lab's
            # Formgrader menu opens, so land on the formgrader page itself; JupyterLab (and
            # its terminal) stays at /services/codependency-course/lab.
            "JUPYTERHUB_DEFAULT_URL": "/formgrader",
        },
    }
]

# --------------------------------------------------------------------------------------
# Everyone's own server: the trainee view, opening on the first lesson
# --------------------------------------------------------------------------------------


def _home(spawner):
    """The account's home directory (local system users)."""
    return pwd.getpwnam(spawner.user.name).pw_dir


c.Spawner.cmd = [f"{VENV}/bin/jupyterhub-singleuser"]
c.Spawner.notebook_dir = f"~/{LESSONS_DIR}"
c.Spawner.default_url = "/lab/tree/00-start-here.ipynb"

environment = {
    **COURSE_ENV,
    "PATH": SEARCH_PATH,
    # The server starts in the home folder, but its file browser shows ~/codependency-course:
    # the Assignment List must fetch into that folder, or fetched notebooks cannot be opened.
    "CODEPENDENCY_COURSE_ASSIGNMENTS": lambda spawner: os.path.join(_home(spawner), LESSONS_DIR),
}
if USE_TRAINEE_CONFIG_DIR:
    environment.update(
        {
            # the trainee view: Assignments and Validate; no formgrader, create-assignment
            # or course list (etc/jupyter/trainee from the repository, copied to SHARED)
            "JUPYTER_CONFIG_DIR": f"{SHARED}/etc/jupyter/trainee",
            # that folder is shared and read-only, so JupyterLab's own settings and
            # workspaces go to each person's home instead of under it
            "JUPYTERLAB_SETTINGS_DIR": lambda spawner: os.path.join(_home(spawner), ".jupyter", "lab", "user-settings"),
            "JUPYTERLAB_WORKSPACES_DIR": lambda spawner: os.path.join(_home(spawner), ".jupyter", "lab", "workspaces"),
        }
    )
c.Spawner.environment = environment


async def copy_lessons(spawner):
    """Give a person their own copy of the lessons on first start (answers are saved beside
    each notebook, so every trainee needs a writable copy). Never overwrites a copy that
    exists. The copy runs as the person, so the hub never writes into a home as root."""
    try:
        entry = pwd.getpwnam(spawner.user.name)
    except KeyError:
        spawner.log.warning("No system account for %s; lessons not copied", spawner.user.name)
        return
    target = os.path.join(entry.pw_dir, LESSONS_DIR)
    if os.path.lexists(target):
        return
    proc = await asyncio.create_subprocess_exec(
        "cp", "-R", "--", f"{SHARED}/course", target,
        user=entry.pw_uid, group=entry.pw_gid, extra_groups=[], cwd=entry.pw_dir,
    )
    if await proc.wait() != 0:
        raise RuntimeError(f"could not copy the lessons to {target}")


c.Spawner.pre_spawn_hook = copy_lessons
