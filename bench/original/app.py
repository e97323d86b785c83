# The original workshop service, as a baseline: Flask under gunicorn, one sync worker.
import time

from flask import Flask

app = Flask(__name__)


@app.route("/")
def hej():
    return "Hej"


@app.route("/time")
def klockan():
    return (
        "<!DOCTYPE html><html><head><title>Nu</title></head>"
        '<body style="background:#0074c8;color:white;font-family:sans-serif;text-align:center">'
        "<h1>Klockan är</h1><p>" + time.strftime("%c") + "</p></body></html>"
    )
